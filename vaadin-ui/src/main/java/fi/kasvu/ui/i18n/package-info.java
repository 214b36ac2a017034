/**
 * Finnish, Swedish and English for every page: one bundle per feature under {@code classpath:i18n/}, merged into
 * Vaadin's {@link com.vaadin.flow.i18n.I18NProvider}, and the language a person chose, kept for their session.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Languages")
package fi.kasvu.ui.i18n;
