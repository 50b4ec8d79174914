package io.activityplatform.agent.state;

import java.util.Optional;

/** Where the agent keeps its {@link StateSnapshot}: a file for a real agent, memory for simulated ones. */
public interface StateStore {

    Optional<StateSnapshot> load();

    void save(StateSnapshot state);

    /** Keeps the state in memory only: simulated agents, tests. */
    static StateStore inMemory() {
        return new StateStore() {
            private volatile StateSnapshot state;

            @Override
            public Optional<StateSnapshot> load() {
                return Optional.ofNullable(state);
            }

            @Override
            public void save(StateSnapshot snapshot) {
                state = snapshot;
            }
        };
    }
}
