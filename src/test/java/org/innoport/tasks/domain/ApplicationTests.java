package org.innoport.tasks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.Money;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.BudgetLine;
import org.innoport.tasks.FundingSource;
import org.junit.jupiter.api.Test;

/** The application's rules, without Spring. */
class ApplicationTests {

    static final Instant OPENS = Instant.parse("2027-03-01T01:00:00Z");
    static final Instant CLOSES = Instant.parse("2027-04-01T10:00:00Z");
    static final UUID LISTING = UUID.randomUUID();

    static Call call() {
        return new Call("Tuyển chọn 2027", OPENS, CLOSES, Set.of(LISTING), OPENS);
    }

    static Application.Content content(long state) {
        return new Application.Content(UUID.randomUUID(), Set.of(), "Thuyết minh",
                BudgetPlan.of(List.of(new BudgetLine(FundingSource.STATE_BUDGET, 2027, Money.of(state)))));
    }

    static Application draft(Call call) {
        return new Application(call, LISTING, UUID.randomUUID(), "applicant", content(500_000_000), OPENS);
    }

    /** An application the selection council selected. */
    static Application selected() {
        Call call = call();
        Application application = draft(call);
        application.submit(call, OPENS.plusSeconds(60));
        application.open(call, CLOSES);
        application.markCompleteness(true, null, CLOSES);
        application.recordSelection(new BigDecimal("82.00"), 1, true, CLOSES);
        return application;
    }

    @Test
    void submitsWhileTheCallIsOpen() {
        Call call = call();
        Application application = draft(call);
        application.submit(call, CLOSES.minusMillis(1));
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void refusesSubmissionAtOrAfterClosing() {
        Call call = call();
        Application application = draft(call);
        assertThatThrownBy(() -> application.submit(call, CLOSES)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("tasks.call.not-open");
        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void refusesSubmissionBeforeOpening() {
        Call call = call();
        Application application = draft(call);
        assertThatThrownBy(() -> application.submit(call, OPENS.minusSeconds(1)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void isImmutableAfterSubmission() {
        Call call = call();
        Application application = draft(call);
        application.submit(call, OPENS.plusSeconds(1));
        assertThatThrownBy(() -> application.edit(content(1), OPENS.plusSeconds(2)))
                .isInstanceOf(IllegalTransitionException.class).hasMessage("tasks.application.immutable");
        assertThatThrownBy(() -> application.attach(UUID.randomUUID(), OPENS.plusSeconds(2)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(application.requestedPlan().total()).isEqualTo(Money.of(500_000_000));
    }

    @Test
    void withdrawsUntilClosingButNotAfter() {
        Call call = call();
        Application early = draft(call);
        early.submit(call, OPENS.plusSeconds(1));
        early.withdraw(call, CLOSES.minusSeconds(1));
        assertThat(early.status()).isEqualTo(ApplicationStatus.WITHDRAWN);

        Application late = draft(call);
        late.submit(call, OPENS.plusSeconds(1));
        assertThatThrownBy(() -> late.withdraw(call, CLOSES)).isInstanceOf(IllegalTransitionException.class);
        assertThat(late.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void opensOnlyAfterClosingAndInvalidNeedsReasons() {
        Call call = call();
        Application application = draft(call);
        application.submit(call, OPENS.plusSeconds(1));
        assertThatThrownBy(() -> application.open(call, CLOSES.minus(Duration.ofMinutes(1))))
                .isInstanceOf(IllegalTransitionException.class).hasMessage("tasks.call.still-open");
        application.open(call, CLOSES);
        assertThatThrownBy(() -> application.markCompleteness(false, " ", CLOSES))
                .isInstanceOf(RuleViolationException.class);
        application.markCompleteness(false, "Thiếu hồ sơ pháp lý", CLOSES);
        assertThat(application.status()).isEqualTo(ApplicationStatus.INVALID);
        assertThat(application.reasons()).isEqualTo("Thiếu hồ sơ pháp lý");
    }

    @Test
    void aWithdrawnApplicationCannotBeOpened() {
        Call call = call();
        Application application = draft(call);
        application.submit(call, OPENS.plusSeconds(1));
        application.withdraw(call, OPENS.plusSeconds(2));
        assertThatThrownBy(() -> application.open(call, CLOSES)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void appraisalRefusesAStateAmountAboveTheProgrammesRemainingBudget() {
        Application application = selected();
        BudgetPlan plan = BudgetPlan.of(List.of(
                new BudgetLine(FundingSource.STATE_BUDGET, 2027, Money.of(300)),
                new BudgetLine(FundingSource.STATE_BUDGET, 2028, Money.of(300)),
                new BudgetLine(FundingSource.COUNTERPART, 2028, Money.of(5_000))));
        Map<Integer, Money> remaining = Map.of(2027, Money.of(300), 2028, Money.of(299));

        assertThatThrownBy(() -> application.appraise(plan, Money.of(10_000), remaining, CLOSES))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("tasks.appraisal.above-programme-remaining");
        assertThat(application.status()).isEqualTo(ApplicationStatus.SELECTED);

        application.appraise(plan, Money.of(10_000), Map.of(2027, Money.of(300), 2028, Money.of(300)), CLOSES);
        assertThat(application.status()).isEqualTo(ApplicationStatus.APPRAISED);
    }

    @Test
    void onlyAnAppraisedApplicationIsApproved() {
        Application application = selected();
        assertThatThrownBy(() -> application.approve(CLOSES)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("tasks.approval.no-passing-application");
    }

    @Test
    void theTransitionTableIsTheOnlyWayForward() {
        assertThat(ApplicationStatus.TRANSITIONS.allows(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED)).isTrue();
        assertThat(ApplicationStatus.TRANSITIONS.allows(ApplicationStatus.SUBMITTED, ApplicationStatus.VALID)).isFalse();
        assertThat(ApplicationStatus.TRANSITIONS.allows(ApplicationStatus.NOT_SELECTED, ApplicationStatus.APPRAISED))
                .isFalse();
        assertThat(ProposalStatus.TRANSITIONS.allows(ProposalStatus.NOT_RECOMMENDED, ProposalStatus.LISTED)).isFalse();
        assertThat(ProposalStatus.TRANSITIONS.allows(ProposalStatus.RECOMMENDED, ProposalStatus.LISTED)).isTrue();
    }
}
