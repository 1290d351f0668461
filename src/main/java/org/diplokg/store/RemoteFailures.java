package org.diplokg.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.eclipse.rdf4j.http.protocol.UnauthorizedException;
import org.eclipse.rdf4j.query.MalformedQueryException;

/**
 * Turns what the RDF4J client throws into the store's own exceptions with a message a person can act on
 * (credentials, reachability, a rejected request, a time-out), and says which failures are worth a retry.
 */
final class RemoteFailures {

    private RemoteFailures() {}

    static RuntimeException translate(RuntimeException e, Duration timeout, String endpoint) {
        if (e instanceof StoreException se) {
            return se;
        }
        if (has(e, SocketTimeoutException.class)) {
            return new QueryTimeoutException(timeout);
        }
        if (has(e, UnauthorizedException.class)
                || String.valueOf(e.getMessage()).contains("401")) {
            return new RemoteStoreFailure(
                    "The remote store at " + endpoint + " refused the credentials (HTTP 401); "
                            + "check DIPLOKG_STORE_REMOTE_USERNAME / DIPLOKG_STORE_REMOTE_PASSWORD",
                    e);
        }
        if (has(e, ConnectException.class) || has(e, UnknownHostException.class)) {
            return new RemoteStoreFailure(
                    "The remote store at " + endpoint + " cannot be reached: " + rootMessage(e), e);
        }
        if (has(e, MalformedQueryException.class)) {
            return new StoreException("The remote store rejected the request: " + rootMessage(e), e);
        }
        return new RemoteStoreFailure("The remote store failed: " + rootMessage(e), e);
    }

    /** A broken or refused connection (not a time-out): an idempotent read may try again. */
    static boolean isTransport(Throwable e) {
        return has(e, ConnectException.class)
                || has(e, SocketException.class)
                || has(e, IOException.class) && !has(e, SocketTimeoutException.class);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
