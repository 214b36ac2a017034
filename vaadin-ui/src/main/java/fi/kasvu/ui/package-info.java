/**
 * The Vaadin user interface: one sub-package per feature, each a module whose views call only services.
 */
package fi.kasvu.ui;
