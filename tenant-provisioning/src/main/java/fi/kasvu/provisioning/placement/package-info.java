/**
 * Placement: which database cluster a new municipality's schema goes to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placement")
package fi.kasvu.provisioning.placement;
