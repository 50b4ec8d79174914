package io.activityplatform.messages.mapping;

import io.activityplatform.events.computer.ComputerState;
import io.activityplatform.messages.domain.Account;
import io.activityplatform.messages.domain.AgentRecord;
import io.activityplatform.messages.registration.ComputerService;
import io.activityplatform.messages.rest.dto.AccountView;
import io.activityplatform.messages.rest.dto.ComputerView;

/** Accounts and computers as the operators' API shows them. */
public final class AdminMapping {

    private AdminMapping() {
    }

    public static AccountView toView(Account a) {
        return new AccountView(a.id(), a.title(), a.manualAcceptance(), a.createdAt(), a.updatedAt(),
                a.previousKeyValidUntil());
    }

    public static ComputerView toView(ComputerService.Described described) {
        ComputerState c = described.computer();
        AgentRecord agent = described.agent();
        return new ComputerView(c.id(), c.accountId(), c.title(), c.hostname(), c.tags(), c.status().name(),
                c.registeredAt(), agent == null ? null : agent.lastExchangeAt(),
                agent == null ? null : agent.cloneSuspectedAt());
    }
}
