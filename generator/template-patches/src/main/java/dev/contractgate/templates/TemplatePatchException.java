package dev.contractgate.templates;

/** A template patch that does not apply, or names a template the generator does not have. */
public final class TemplatePatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplatePatchException(String message) {
        super(message);
    }
}
