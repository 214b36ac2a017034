/**
 * The pupil welfare register (oppilashuoltokertomus): a confidential register of the welfare staff of the wellbeing
 * services county (curators, psychologists, nurses, doctors), separate from everything teachers see. Welfare staff
 * read and write it only for the pupils a current grant gives them, and grants always end; consents are recorded;
 * a record reaches a teacher only by a disclosure on a consent or a legal basis. Every read and every refusal is
 * written to the audit log; no content ever reaches a log line or an error message.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pupil welfare")
package fi.kasvu.platform.welfare;
