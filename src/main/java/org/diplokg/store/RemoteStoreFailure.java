package org.diplokg.store;

/**
 * The remote engine could not be reached, refused our credentials or failed on a request it accepted:
 * a gateway failure (HTTP 502), not the client's mistake and not a bug of this server.
 */
public class RemoteStoreFailure extends StoreException {

    public RemoteStoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
