/**
 * The search field in every portal's header (haku): results as you type, grouped by kind, with the keyboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package fi.kasvu.ui.search;
