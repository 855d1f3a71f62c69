package io.pgwarden.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.pgwarden.contracts.approval.ApprovalBinding;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.event.ApprovalDecided;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.ImpactAssessed;
import io.pgwarden.contracts.event.RequestRef;
import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.postgres.PostgresAccounts;
import io.pgwarden.deploy.service.PgwardenService;
import io.pgwarden.deploy.support.Poll;
import io.pgwarden.deploy.support.Ports;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * approval-service on the real system DB and Kafka: impact events published on Kafka as impact-service would, decisions
 * through its internal REST API as the gateway would, e-mail into a real SMTP server (GreenMail) and webhooks into an
 * HTTP server in this JVM, and the audit chain tampered with as the postgres superuser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApprovalWorkflowIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DATABASE = "127.0.0.1:5432/sample";

    private static PgwardenSystem system;
    private static KafkaProbe kafka;
    private static Internal api;
    private static GreenMail smtp;
    private static HttpServer webhook;
    private static final List<String> webhookBodies = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> webhookCalls = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(Ports.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            webhookBodies.add(body);
            // public.failing_hook always fails; public.flaky_hook fails its first call: both must be retried.
            int call = webhookCalls.computeIfAbsent(body.contains("flaky_hook") ? "flaky" : "other",
                    k -> new AtomicInteger()).incrementAndGet();
            boolean fail = body.contains("public.failing_hook") || (body.contains("public.flaky_hook") && call == 1);
            byte[] answer = (fail ? "channel_is_archived" : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        webhook.start();
        PgwardenService approval = PgwardenService.APPROVAL;
        system = PgwardenSystem.start(SystemConfig.forTests()
                .services(approval)
                .environment(approval, "PGWARDEN_APPROVAL_TIMER_POLL", "PT0.5S")
                .environment(approval, "PGWARDEN_APPROVAL_TEAM_LEAD_ESCALATE_AFTER", "PT3S")
                .environment(approval, "PGWARDEN_APPROVAL_TEAM_LEAD_EXPIRE_AFTER", "PT8S")
                .environment(approval, "PGWARDEN_APPROVAL_NOTIFY_EMAIL_TEAM_LEAD", "leads@example.com")
                .environment(approval, "PGWARDEN_APPROVAL_NOTIFY_EMAIL_MANAGER", "managers@example.com")
                .environment(approval, "PGWARDEN_APPROVAL_NOTIFY_EMAIL_DIRECTOR", "directors@example.com")
                .environment(approval, "PGWARDEN_SMTP_HOST", "127.0.0.1")
                .environment(approval, "PGWARDEN_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()))
                .environment(approval, "PGWARDEN_APPROVAL_NOTIFY_WEBHOOK_URL",
                        "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook")
                .environment(approval, "PGWARDEN_APPROVAL_NOTIFY_POLL", "PT0.3S")
                .environment(approval, "PGWARDEN_APPROVAL_NOTIFY_MAX_ATTEMPTS", "3")
                .environment(approval, "PGWARDEN_APPROVAL_NOTIFY_BACKOFF", "PT0.3S")
                .environment(approval, "PGWARDEN_APPROVAL_NOTIFY_MAX_BACKOFF", "PT1S")
                .build());
        kafka = new KafkaProbe(system.kafkaBootstrapServers());
        api = new Internal(system.serviceUrl(approval), system.internalToken());
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (webhook != null) {
            webhook.stop(0);
        }
    }

    // --- requests ------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void aMeasuredWriteBecomesAPendingRequestBoundToItsExactStatement() throws Exception {
        EventEnvelope<ImpactAssessed> event = publishImpact("alice", "DELETE FROM public.orders WHERE id = ?",
                "public.orders", RiskLevel.HIGH, 5000);

        JsonNode approval = api.awaitByRequest(event.requestId());
        ImpactAssessed write = event.data();

        assertThat(approval.path("state").asText()).isEqualTo("PENDING");
        assertThat(approval.path("requiredLevel").asText()).isEqualTo("MANAGER");
        assertThat(approval.path("requester").asText()).isEqualTo("alice");
        assertThat(approval.path("bindingHash").asText())
                .isEqualTo(ApprovalBinding.hash(write.sql(), write.parameters(), write.database(), write.impact()));
        assertThat(approval.path("impact").path("totalRows").asLong()).isEqualTo(5000);
        assertThat(approval.path("escalatesAt").asText()).isNotBlank();
        ConsumerRecord<String, String> requested = awaitEvent(EventType.APPROVAL_REQUESTED, event.requestId());
        JsonNode data = GatewayClient.JSON.readTree(requested.value()).path("data");
        assertThat(data.path("approvalId").asText()).isEqualTo(approval.path("approvalId").asText());
        assertThat(data.path("bindingHash").asText()).isEqualTo(approval.path("bindingHash").asText());
        assertThat(data.path("requiredLevel").asText()).isEqualTo("MANAGER");
        // execution-service reads this row: the stored columns are what it recomputes the hash from.
        try (Connection db = system.systemDatabase().open(); PreparedStatement row = db.prepareStatement(
                "SELECT sql_text, target_database, binding_hash, state FROM approval.approval_request"
                        + " WHERE request_id = ?")) {
            row.setString(1, event.requestId());
            try (ResultSet rs = row.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(write.sql());
                assertThat(rs.getString(2)).isEqualTo(DATABASE);
                assertThat(rs.getString(3)).isEqualTo(approval.path("bindingHash").asText());
                assertThat(rs.getString(4)).isEqualTo("PENDING");
            }
        }
    }

    @Test
    @Order(2)
    void aModifiedStatementIsBoundToADifferentHashAndCannotReplaceAnApprovedOne() throws Exception {
        EventEnvelope<ImpactAssessed> original = publishImpact("alice", "UPDATE public.orders SET status = ? WHERE id = ?",
                "public.orders", RiskLevel.MEDIUM, 12);
        JsonNode first = api.awaitByRequest(original.requestId());
        EventEnvelope<ImpactAssessed> modified = publishImpact("alice",
                "UPDATE public.orders SET status = ? WHERE id > ?", "public.orders", RiskLevel.MEDIUM, 12);
        JsonNode second = api.awaitByRequest(modified.requestId());

        assertThat(second.path("bindingHash").asText()).isNotEqualTo(first.path("bindingHash").asText());

        // The same request id replayed with a modified statement: the stored approval stays as it was.
        ImpactAssessed d = original.data();
        EventEnvelope<ImpactAssessed> replay = new EventEnvelope<>(EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(), EventType.IMPACT_ASSESSED.typeName(), "/pgwarden/impact-service",
                Instant.now(), 1, original.requestId(), original.sessionId(), original.userId(),
                new ImpactAssessed(d.plan(), "UPDATE public.orders SET status = ?", d.parameters(), d.kind(),
                        d.explanation(), d.engine(), d.database(), d.impact(), null));
        kafka.send(EventType.IMPACT_ASSESSED.topic(), replay.sessionId(), EventCodec.encode(replay));
        awaitAuditRow("audit.impact-ignored", original.requestId());

        JsonNode after = api.get("/internal/v1/approvals/" + first.path("approvalId").asText()).body();
        assertThat(after.path("sql").asText()).isEqualTo(d.sql());
        assertThat(after.path("bindingHash").asText()).isEqualTo(first.path("bindingHash").asText());
    }

    // --- decisions -----------------------------------------------------------------------------------------------

    @Test
    @Order(3)
    void theRequesterCannotApproveTheirOwnWrite() throws Exception {
        JsonNode approval = pending("carol", RiskLevel.HIGH, 50);

        Reply reply = api.decide(approval, "carol", "analyst,manager", "APPROVE", false);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body().path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(reply.body().path("message").asText()).contains("You requested this write");
        assertThat(reply.body().path("hint").asText()).isNotBlank();
        assertThat(api.get("/internal/v1/approvals/" + id(approval)).body().path("state").asText())
                .isEqualTo("PENDING");
    }

    @Test
    @Order(4)
    void aManagerCannotApproveADirectorsRequestButADirectorCan() throws Exception {
        JsonNode approval = pending("alice", RiskLevel.CRITICAL, 3);
        assertThat(approval.path("requiredLevel").asText()).isEqualTo("DIRECTOR");

        Reply refused = api.decide(approval, "carol", "analyst,manager", "APPROVE", false);
        Reply approved = api.decide(approval, "dave", "analyst,director", "APPROVE", false);
        Reply again = api.decide(approval, "dave", "analyst,director", "DENY", false);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("message").asText()).contains("DIRECTOR").contains("MANAGER");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().path("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.body().path("decidedBy").toString()).isEqualTo("[\"dave\"]");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("code").asText()).isEqualTo("CONFLICT");
        assertThat(again.body().path("message").asText()).contains("already APPROVED by dave");

        ConsumerRecord<String, String> decided = awaitEvent(EventType.APPROVAL_DECIDED,
                approval.path("requestId").asText());
        EventEnvelope<ApprovalDecided> event = EventCodec.decode(decided.value(), EventType.APPROVAL_DECIDED);
        assertThat(event.data().outcome()).isEqualTo(ApprovalOutcome.APPROVED);
        assertThat(event.data().level()).isEqualTo(ApprovalLevel.DIRECTOR);
        assertThat(event.data().decidedBy()).containsExactly("dave");
        assertThat(event.data().bindingHash()).isEqualTo(approval.path("bindingHash").asText());
        assertThat(event.data().sql()).isEqualTo(approval.path("sql").asText());
        assertThat(event.data().database()).isEqualTo(DATABASE);
        assertThat(event.data().plan()).isEqualTo(WorkflowPlan.writeFromSql());
        assertThat(event.userId()).isEqualTo("alice");
    }

    @Test
    @Order(5)
    void anEmergencyOverrideNeedsTwoDistinctSeniorApprovers() throws Exception {
        JsonNode approval = pending("alice", RiskLevel.CRITICAL, 40);

        Reply first = api.decide(approval, "carol", "analyst,manager", "APPROVE", true);
        Reply sameAgain = api.decide(approval, "carol", "analyst,manager", "APPROVE", true);
        Reply lead = api.decide(approval, "bob", "analyst,team-lead", "APPROVE", true);
        Reply second = api.decide(approval, "dave", "analyst,director", "APPROVE", true);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("state").asText()).isEqualTo("PENDING");
        assertThat(first.body().path("approvals").size()).isEqualTo(1);
        assertThat(sameAgain.status()).isEqualTo(403);
        assertThat(sameAgain.body().path("message").asText()).contains("second, different senior approver");
        assertThat(lead.status()).isEqualTo(403);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("state").asText()).isEqualTo("APPROVED");
        assertThat(second.body().path("emergency").asBoolean()).isTrue();
        assertThat(second.body().path("decidedBy").toString()).isEqualTo("[\"carol\",\"dave\"]");
        EventEnvelope<ApprovalDecided> event = EventCodec.decode(awaitEvent(EventType.APPROVAL_DECIDED,
                approval.path("requestId").asText()).value(), EventType.APPROVAL_DECIDED);
        assertThat(event.data().emergency()).isTrue();
        assertThat(event.data().decidedBy()).containsExactly("carol", "dave");
    }

    @Test
    @Order(6)
    void aDenialEndsTheRequest() throws Exception {
        JsonNode approval = pending("alice", RiskLevel.HIGH, 700);

        Reply denied = api.decide(approval, "carol", "analyst,manager", "DENY", false);

        assertThat(denied.status()).isEqualTo(200);
        assertThat(denied.body().path("state").asText()).isEqualTo("DENIED");
        assertThat(denied.body().path("comment").asText()).isEqualTo("decided by the e2e test");
        EventEnvelope<ApprovalDecided> event = EventCodec.decode(awaitEvent(EventType.APPROVAL_DECIDED,
                approval.path("requestId").asText()).value(), EventType.APPROVAL_DECIDED);
        assertThat(event.data().outcome()).isEqualTo(ApprovalOutcome.DENIED);
    }

    @Test
    @Order(7)
    void twoConcurrentDecisionsCannotBothWin() throws Exception {
        JsonNode approval = pending("alice", RiskLevel.HIGH, 100);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Reply> approve = () -> api.decide(approval, "dave", "director", "APPROVE", false);
            Callable<Reply> deny = () -> api.decide(approval, "carol", "manager", "DENY", false);
            Future<Reply> a = pool.submit(approve);
            Future<Reply> b = pool.submit(deny);
            List<Integer> statuses = List.of(a.get().status(), b.get().status());

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        String state = api.get("/internal/v1/approvals/" + id(approval)).body().path("state").asText();
        assertThat(state).isIn("APPROVED", "DENIED");
        long decidedEvents = kafka.readUntil(EventType.APPROVAL_DECIDED.topic(), r -> false, Duration.ofSeconds(3))
                .stream().filter(r -> r.value().contains(id(approval))).count();
        assertThat(decidedEvents).isEqualTo(1);
    }

    @Test
    @Order(8)
    void aForgedDecisionEventChangesNothingInTheStoreAndIsAudited() throws Exception {
        JsonNode approval = pending("alice", RiskLevel.HIGH, 9);
        EventEnvelope<ApprovalDecided> forged = new EventEnvelope<>(EventEnvelope.SPEC_VERSION,
                UUID.randomUUID().toString(), EventType.APPROVAL_DECIDED.typeName(), "/pgwarden/approval-service",
                Instant.now(), 1, approval.path("requestId").asText(), "session-e2e", "alice",
                new ApprovalDecided(id(approval), ApprovalOutcome.APPROVED, ApprovalLevel.DIRECTOR, List.of("dave"),
                        "forged", false, false, approval.path("bindingHash").asText(), WorkflowPlan.writeFromSql(),
                        "DELETE FROM public.orders", List.of(), StatementKind.DELETE, "user", DATABASE,
                        impact("public.orders", RiskLevel.HIGH, 9), null));

        kafka.send(EventType.APPROVAL_DECIDED.topic(), "session-e2e", EventCodec.encode(forged));

        JsonNode row = awaitAuditRowByEvent(forged.id());
        assertThat(row.path("details").asText()).contains("DELETE FROM public.orders");
        assertThat(api.get("/internal/v1/approvals/" + id(approval)).body().path("state").asText())
                .isEqualTo("PENDING");
    }

    // --- timers ----------------------------------------------------------------------------------------------------

    @Test
    @Order(9)
    void anUndecidedRequestEscalatesThenExpiresAndThenTakesNoDecision() throws Exception {
        JsonNode approval = pending("alice", RiskLevel.LOW, 10);
        assertThat(approval.path("requiredLevel").asText()).isEqualTo("TEAM_LEAD");
        String requestId = approval.path("requestId").asText();

        ConsumerRecord<String, String> escalated = awaitEvent(EventType.APPROVAL_ESCALATED, requestId);
        ConsumerRecord<String, String> expired = awaitEvent(EventType.APPROVAL_DECIDED, requestId);

        JsonNode escalation = GatewayClient.JSON.readTree(escalated.value()).path("data");
        assertThat(escalation.path("fromLevel").asText()).isEqualTo("TEAM_LEAD");
        assertThat(escalation.path("toLevel").asText()).isEqualTo("MANAGER");
        assertThat(Instant.parse(escalation.path("expiresAt").asText()))
                .isEqualTo(Instant.parse(approval.path("expiresAt").asText()));
        EventEnvelope<ApprovalDecided> decided = EventCodec.decode(expired.value(), EventType.APPROVAL_DECIDED);
        assertThat(decided.data().outcome()).isEqualTo(ApprovalOutcome.EXPIRED);
        assertThat(decided.data().level()).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(escalated.partition() != expired.partition() || escalated.offset() < expired.offset()).isTrue();

        JsonNode stored = api.get("/internal/v1/approvals/" + id(approval)).body();
        assertThat(stored.path("state").asText()).isEqualTo("EXPIRED");
        assertThat(stored.path("requiredLevel").asText()).isEqualTo("MANAGER");
        Reply late = api.decide(approval, "carol", "manager", "APPROVE", false);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().path("message").asText()).contains("already EXPIRED");
    }

    // --- notifications -----------------------------------------------------------------------------------------------

    @Test
    @Order(10)
    void approversAreToldByEmailWebhookAndInApp() throws Exception {
        JsonNode approval = pending("alice", RiskLevel.HIGH, 321);
        String approvalId = id(approval);

        MimeMessage mail = awaitMail("managers@example.com", approvalId);
        assertThat(mail.getSubject()).contains("Approval needed").contains("manager");
        assertThat(GreenMailUtil.getBody(mail)).contains(approval.path("sql").asText());
        awaitDelivery(approvalId, "WEBHOOK", "DELIVERED");
        String hook = webhookBodies.stream().filter(b -> b.contains(approvalId)).findFirst().orElseThrow();
        JsonNode payload = GatewayClient.JSON.readTree(hook);
        assertThat(payload.path("text").asText()).contains("Approval needed");
        assertThat(payload.path("blocks").isArray()).isTrue();

        JsonNode carolQueue = api.get("/internal/v1/notifications?user=carol&roles=analyst,manager").body();
        JsonNode bobQueue = api.get("/internal/v1/notifications?user=bob&roles=analyst,team-lead").body();
        JsonNode aliceQueue = api.get("/internal/v1/notifications?user=alice&roles=analyst,manager").body();
        assertThat(carolQueue.toString()).contains(approvalId);
        assertThat(bobQueue.toString()).doesNotContain(approvalId);
        assertThat(aliceQueue.toString()).as("the requester is not asked to approve").doesNotContain(approvalId);

        api.decide(approval, "carol", "manager", "APPROVE", false);
        awaitMail("managers@example.com", "APPROVED", approvalId);
        JsonNode aliceAfter = api.get("/internal/v1/notifications?user=alice&roles=analyst").body();
        assertThat(aliceAfter.toString()).contains(approvalId).contains("DECIDED");
    }

    @Test
    @Order(11)
    void aFailingWebhookIsRetriedAndReportedWithoutBlockingTheDecision() throws Exception {
        JsonNode failing = pending("alice", RiskLevel.HIGH, 77, "public.failing_hook");
        JsonNode flaky = pending("alice", RiskLevel.HIGH, 78, "public.flaky_hook");

        Reply decided = api.decide(failing, "carol", "manager", "APPROVE", false);
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.body().path("state").asText()).isEqualTo("APPROVED");

        JsonNode gaveUp = awaitDelivery(id(failing), "WEBHOOK", "FAILED");
        assertThat(gaveUp.path("attempts").asInt()).isEqualTo(3);
        assertThat(gaveUp.path("lastError").asText()).contains("HTTP 500").contains("channel_is_archived");
        JsonNode retried = awaitDelivery(id(flaky), "WEBHOOK", "DELIVERED");
        assertThat(retried.path("attempts").asInt()).isEqualTo(2);
        assertThat(retried.path("lastError").asText()).contains("HTTP 500");
        awaitDelivery(id(failing), "EMAIL", "DELIVERED");
        awaitAuditRow("audit.notification-failed", null);
    }

    // --- audit -------------------------------------------------------------------------------------------------------

    @Test
    @Order(12)
    void everyDecisionIsInTheAuditChainWhichTheServiceLoginCannotChange() throws Exception {
        JsonNode verification = api.get("/internal/v1/audit/verify").body();
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("rowsChecked").asLong()).isGreaterThan(20);

        try (Connection db = system.systemDatabase().open(); Statement sql = db.createStatement()) {
            try (ResultSet decision = sql.executeQuery("SELECT actor, details FROM approval.audit_log"
                    + " WHERE event_type = 'audit.decision' AND actor = 'dave' ORDER BY seq LIMIT 1")) {
                assertThat(decision.next()).isTrue();
                assertThat(decision.getString(2)).contains("\"level\":\"DIRECTOR\"").contains("\"at\"");
            }
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE approval.audit_log SET actor = 'x' WHERE seq = 1"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM approval.audit_log WHERE seq = 1"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    @Order(13)
    void verificationReportsExactlyTheRowASuperuserEditedOrDeleted() throws Exception {
        long edited = 5;
        String original;
        try (Connection db = superuser(); Statement sql = db.createStatement()) {
            try (ResultSet row = sql.executeQuery("SELECT actor FROM approval.audit_log WHERE seq = " + edited)) {
                assertThat(row.next()).isTrue();
                original = row.getString(1);
            }
            sql.execute("SET session_replication_role = replica"); // bypasses the append-only trigger
            sql.executeUpdate("UPDATE approval.audit_log SET actor = 'mallory' WHERE seq = " + edited);
        }
        JsonNode afterEdit = api.get("/internal/v1/audit/verify").body();
        assertThat(afterEdit.path("intact").asBoolean()).isFalse();
        assertThat(afterEdit.path("firstBadRow").asLong()).isEqualTo(edited);
        assertThat(afterEdit.path("reason").asText()).contains("edited");

        try (Connection db = superuser(); PreparedStatement restore = db.prepareStatement(
                "UPDATE approval.audit_log SET actor = ? WHERE seq = ?")) {
            db.createStatement().execute("SET session_replication_role = replica");
            restore.setString(1, original);
            restore.setLong(2, edited);
            restore.executeUpdate();
        }
        assertThat(api.get("/internal/v1/audit/verify").body().path("intact").asBoolean()).isTrue();

        long deleted = 9;
        try (Connection db = superuser(); Statement sql = db.createStatement()) {
            sql.execute("SET session_replication_role = replica");
            sql.executeUpdate("DELETE FROM approval.audit_log WHERE seq = " + deleted);
        }
        JsonNode afterDelete = api.get("/internal/v1/audit/verify").body();
        assertThat(afterDelete.path("intact").asBoolean()).isFalse();
        assertThat(afterDelete.path("firstBadRow").asLong()).isEqualTo(deleted);
        assertThat(afterDelete.path("reason").asText()).contains("missing").contains("deleted");
    }

    @Test
    @Order(14)
    void theInternalApiRefusesCallersWithoutTheToken() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                system.serviceUrl(PgwardenService.APPROVAL).resolve("/internal/v1/approvals")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(GatewayClient.JSON.readTree(response.body()).path("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    // --- helpers -------------------------------------------------------------------------------------------------------

    private static JsonNode pending(String requester, RiskLevel risk, long rows) throws Exception {
        return pending(requester, risk, rows, "public.orders");
    }

    private static JsonNode pending(String requester, RiskLevel risk, long rows, String table) throws Exception {
        EventEnvelope<ImpactAssessed> event = publishImpact(requester,
                "DELETE FROM " + table + " WHERE id < ? -- " + UUID.randomUUID(), table, risk, rows);
        return api.awaitByRequest(event.requestId());
    }

    private static EventEnvelope<ImpactAssessed> publishImpact(String requester, String sql, String table,
            RiskLevel risk, long rows) throws Exception {
        ImpactAssessed data = new ImpactAssessed(WorkflowPlan.writeFromSql(), sql,
                List.of(new SqlParameter("int8", 100)), StatementKind.DELETE, "deletes rows", "user", DATABASE,
                impact(table, risk, rows), null);
        EventEnvelope<ImpactAssessed> event = EventEnvelope.first(EventType.IMPACT_ASSESSED,
                "/pgwarden/impact-service", new RequestRef(UUID.randomUUID().toString(),
                        "session-" + UUID.randomUUID(), requester), data);
        kafka.send(EventType.IMPACT_ASSESSED.topic(), event.sessionId(), EventCodec.encode(event));
        return event;
    }

    private static ImpactReport impact(String table, RiskLevel risk, long rows) {
        return new ImpactReport(ImpactMethod.DRY_RUN, null, List.of(new TableImpact(table, 0, 0, rows, "statement")),
                rows, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, false, risk,
                List.of("e2e"), "the deleted rows are backed up first", List.of());
    }

    private static String id(JsonNode approval) {
        return approval.path("approvalId").asText();
    }

    private static ConsumerRecord<String, String> awaitEvent(EventType type, String requestId) {
        return kafka.readUntil(type.topic(), r -> r.value().contains(requestId), WAIT).stream()
                .filter(r -> r.value().contains(requestId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.typeName() + " for request " + requestId));
    }

    private static MimeMessage awaitMail(String to, String text) throws Exception {
        return awaitMail(to, "", text);
    }

    /** A mail to {@code to} whose subject contains {@code subjectPart} and whose subject or body names {@code text}. */
    private static MimeMessage awaitMail(String to, String subjectPart, String text) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                boolean addressed = Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
                if (addressed && message.getSubject().contains(subjectPart)
                        && (message.getSubject().contains(text) || GreenMailUtil.getBody(message).contains(text))) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + to + " mentioning " + text);
    }

    private static JsonNode awaitDelivery(String approvalId, String channel, String status) throws Exception {
        JsonNode[] found = new JsonNode[1];
        Poll.Outcome outcome = Poll.every(Duration.ofMillis(200)).until(() -> {
            try {
                for (JsonNode delivery : api.get("/internal/v1/notifications/deliveries?approvalId=" + approvalId)
                        .body()) {
                    if (delivery.path("channel").asText().equals(channel)
                            && delivery.path("status").asText().equals(status)) {
                        found[0] = delivery;
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                return false;
            }
        }, () -> false, Instant.now().plus(WAIT));
        assertThat(outcome).as(channel + " " + status + " for " + approvalId).isEqualTo(Poll.Outcome.SATISFIED);
        return found[0];
    }

    private static void awaitAuditRow(String type, String requestId) throws Exception {
        Poll.Outcome outcome = Poll.every(Duration.ofMillis(200)).until(() -> {
            try (Connection db = system.systemDatabase().open(); PreparedStatement row = db.prepareStatement(
                    "SELECT 1 FROM approval.audit_log WHERE event_type = ? AND (?::text IS NULL OR request_id = ?)")) {
                row.setString(1, type);
                row.setString(2, requestId);
                row.setString(3, requestId);
                try (ResultSet rs = row.executeQuery()) {
                    return rs.next();
                }
            } catch (SQLException e) {
                return false;
            }
        }, () -> false, Instant.now().plus(WAIT));
        assertThat(outcome).as("audit row " + type + " for " + requestId).isEqualTo(Poll.Outcome.SATISFIED);
    }

    private static JsonNode awaitAuditRowByEvent(String eventId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        Poll.Outcome outcome = Poll.every(Duration.ofMillis(200)).until(() -> {
            try (Connection db = system.systemDatabase().open(); PreparedStatement row = db.prepareStatement(
                    "SELECT seq, event_type, details FROM approval.audit_log WHERE event_id = ?")) {
                row.setString(1, eventId);
                try (ResultSet rs = row.executeQuery()) {
                    if (rs.next()) {
                        found.add(GatewayClient.JSON.createObjectNode().put("seq", rs.getLong(1))
                                .put("eventType", rs.getString(2)).put("details", rs.getString(3)));
                        return true;
                    }
                    return false;
                }
            } catch (SQLException e) {
                return false;
            }
        }, () -> false, Instant.now().plus(WAIT));
        assertThat(outcome).as("audit row for event " + eventId).isEqualTo(Poll.Outcome.SATISFIED);
        return found.get(0);
    }

    private static Connection superuser() throws SQLException {
        return system.postgresSuperuser(PostgresAccounts.SYSTEM_DATABASE).open();
    }

    record Reply(int status, JsonNode body) {
    }

    /** The gateway's side of approval-service's internal API: the token, and the acting user in headers. */
    static final class Internal {
        private final URI base;
        private final String token;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        Internal(URI base, String token) {
            this.base = base;
            this.token = token;
        }

        Reply get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }

        Reply decide(JsonNode approval, String user, String roles, String decision, boolean emergency)
                throws IOException, InterruptedException {
            String body = GatewayClient.JSON.writeValueAsString(Map.of("decision", decision, "comment",
                    "decided by the e2e test", "emergency", emergency));
            return send(HttpRequest.newBuilder(base.resolve("/internal/v1/approvals/" + id(approval) + "/decisions"))
                    .header("Content-Type", "application/json").header("X-Pgwarden-User", user)
                    .header("X-Pgwarden-Roles", roles).POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        JsonNode awaitByRequest(String requestId) throws Exception {
            Instant deadline = Instant.now().plus(WAIT);
            Reply reply;
            do {
                reply = get("/internal/v1/approvals/by-request/" + requestId);
                if (reply.status() == 200) {
                    return reply.body();
                }
                Thread.sleep(200);
            } while (Instant.now().isBefore(deadline));
            throw new AssertionError("no approval for request " + requestId + ": " + reply);
        }

        private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.header("X-Pgwarden-Internal-Token", token)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Reply(response.statusCode(),
                    body == null || body.isBlank() ? GatewayClient.JSON.nullNode() : GatewayClient.JSON.readTree(body));
        }
    }
}
