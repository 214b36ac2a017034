package fi.kasvu.platform.oneroster.csv;

/** The zip as a whole cannot be read safely: too many entries, too large, too compressed, a name outside its root. */
class ZipRefusedException extends Exception {

    ZipRefusedException(String message) {
        super(message);
    }
}
