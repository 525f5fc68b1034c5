package io.hearthguard.web.internal;

/**
 * An RFC 9457 problem: thrown anywhere below the servlet, written as
 * {@code application/problem+json} by {@link WebServlet}. {@code type} is a stable slug
 * under {@code https://hearthguard.invalid/problems/}.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String type;
    final String title;
    /** Seconds for a Retry-After header, or 0. */
    final long retryAfter;

    Problem(int status, String type, String title, String detail) {
        this(status, type, title, detail, 0);
    }

    Problem(int status, String type, String title, String detail, long retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.retryAfter = retryAfter;
    }

    static Problem badRequest(String detail) {
        return new Problem(400, "bad-request", "The request is not valid", detail);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail);
    }

    static Problem unauthorized(String detail) {
        return new Problem(401, "unauthorized", "Authentication required", detail);
    }

    static Problem forbidden(String type, String detail) {
        return new Problem(403, type, "Forbidden", detail);
    }

    static Problem notImplemented(String detail) {
        return new Problem(501, "not-available", "Not available in this installation", detail);
    }

    static Problem tooLarge(long limit) {
        return new Problem(413, "too-large", "Request body too large", "the body exceeds the limit of " + limit + " bytes for this route; nothing was stored");
    }
}
