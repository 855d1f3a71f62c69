package io.pgwarden.approval.notify;

/** A way of telling people outside pgwarden: e-mail or a webhook. */
public interface NotificationChannel {

    /** {@code EMAIL} or {@code WEBHOOK}, as stored in the outbox. */
    String name();

    /**
     * Delivers one notification.
     *
     * @throws DeliveryFailed when it did not arrive; the sender retries it later
     */
    void deliver(PendingNotification notification) throws DeliveryFailed;

    /** A delivery that did not arrive, with a reason an operator can act on. */
    final class DeliveryFailed extends Exception {
        public DeliveryFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
