package io.pgwarden.gateway.tracking;

import java.util.Optional;

/**
 * What one new event did to a followed request.
 *
 * @param applied how the event was taken
 * @param ended   the request's final snapshot when it has ended (by this event or earlier), to be stored
 * @param awaiting the snapshot to store when this event made the request wait for an approval
 */
public record RequestChange(RequestLifecycle.Applied applied, Optional<RequestSnapshot> ended,
        Optional<RequestSnapshot> awaiting) {
}
