/**
 * The demo municipality seeded on the first start of the embedded default, so there is something to see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package fi.kasvu.platform.demo;
