package io.hearthguard.skills;

/**
 * A skill package or transcript that cannot be analysed: missing, malformed JSON,
 * duplicate keys, nesting deeper than allowed, too large, a zip bomb, a zip entry escaping
 * its root, a symbolic link. The message says which file and which rule.
 */
public class SkillInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message names the file and what is wrong with it */
    public SkillInputException(String message) {
        super(message);
    }

    /**
     * @param message names the file and what is wrong with it
     * @param cause   the underlying parser or I/O error
     */
    public SkillInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
