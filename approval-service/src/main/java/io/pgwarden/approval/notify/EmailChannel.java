package io.pgwarden.approval.notify;

import io.pgwarden.approval.config.ApprovalConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/** Plain-text e-mail over SMTP (quarkus.mailer.host/port). */
@ApplicationScoped
public class EmailChannel implements NotificationChannel {

    public static final String NAME = "EMAIL";

    private final Mailer mailer;
    private final String from;

    @Inject
    public EmailChannel(Mailer mailer, ApprovalConfig config) {
        this.mailer = mailer;
        this.from = config.notifications().email().from();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deliver(PendingNotification notification) throws DeliveryFailed {
        List<String> to = Arrays.stream(notification.recipient().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        try {
            mailer.send(Mail.withText(to.get(0), notification.subject(), notification.body()).setTo(to)
                    .setFrom(from));
        } catch (RuntimeException e) {
            throw new DeliveryFailed("SMTP delivery to " + notification.recipient() + " failed: "
                    + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
