package io.pgwarden.intent.domain;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.ClarificationNeeded.ClarificationOption;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.plan.WorkflowPlan;
import java.util.List;

/**
 * What the engine made of a question: understood with a plan, a choice to put to the user, or a failure the user
 * can read. A failure never carries a query: when the engine is unsure it says so rather than guess.
 */
public sealed interface Understanding {

    /** The question is understood: publish the intent with its plan. */
    record Understood(Intent intent, WorkflowPlan plan) implements Understanding {
    }

    /**
     * The question fits more than one reading; each option is a rephrased question the engine understands.
     *
     * @param reason  what was ambiguous, in words a user understands
     * @param options the concrete choices, at least one
     */
    record NeedsClarification(String reason, List<ClarificationOption> options) implements Understanding {

        public NeedsClarification {
            options = List.copyOf(options);
        }
    }

    /** The request ends here; {@link #code()}, {@link #message()} and {@link #hint()} go into the failure event. */
    sealed interface Failure extends Understanding {

        ErrorCode code();

        String message();

        String hint();
    }

    /**
     * Words of the question matched nothing the engine knows, or matched things it cannot combine yet.
     *
     * @param unknownWords the words it could not place, as typed; empty when every word was known
     */
    record NotUnderstood(String message, List<String> unknownWords, String hint) implements Failure {

        public NotUnderstood {
            unknownWords = List.copyOf(unknownWords);
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.NOT_UNDERSTOOD;
        }
    }

    /** The question asks for something pgwarden never does, such as changing the schema. */
    record Refused(String message, String hint) implements Failure {

        @Override
        public ErrorCode code() {
            return ErrorCode.REFUSED_BY_POLICY;
        }
    }

}
