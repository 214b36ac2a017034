/**
 * Kasvu, the hosted education platform for Finnish municipalities, assembled into one application.
 */
package fi.kasvu;
