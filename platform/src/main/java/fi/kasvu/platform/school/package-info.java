/**
 * The municipality's schools (koulut), the first tenant-owned data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "School")
package fi.kasvu.platform.school;
