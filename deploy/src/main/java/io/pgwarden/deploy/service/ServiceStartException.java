package io.pgwarden.deploy.service;

/** A service could not be started or did not become ready; the message names it and quotes its log. */
public class ServiceStartException extends RuntimeException {

    public ServiceStartException(String message) {
        super(message);
    }
}
