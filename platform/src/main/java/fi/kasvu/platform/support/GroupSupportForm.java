package fi.kasvu.platform.support;

/** Forms of group-level support (ryhmäkohtainen tuki): given to a teaching group, with no individual plan or decision. */
public enum GroupSupportForm {
    DIFFERENTIATION, CO_TEACHING, FLEXIBLE_GROUPING, REMEDIAL_TEACHING, SPECIAL_NEEDS_TEACHING, GUIDANCE, OTHER
}
