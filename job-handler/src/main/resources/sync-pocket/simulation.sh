# SIMULATION of a pocket mirror sync: nothing is contacted, downloaded or published. This is what
# SyncPocketRequest runs until jobs.sync-pocket.command names a real mirror tool (see job-handler/README.md).
# It speaks the same protocol as a real command: output lines are the activity's output, and a line
# "PROGRESS <percent>" reports progress.
step="${SYNC_SIMULATION_STEP_SECONDS:-1}"
echo "[SIMULATION] syncing ${SYNC_DISTRIBUTION} ${SYNC_SERIES}-${SYNC_POCKET} from ${SYNC_MIRROR_URI:-the configured mirror}"
echo "[SIMULATION] components: ${SYNC_COMPONENTS:-configured}, architectures: ${SYNC_ARCHITECTURES:-configured}"
percent=0
for stage in "fetching the Release file" "fetching package indices" "fetching new packages (none: simulation)" \
        "publishing the pocket (skipped: simulation)"; do
    sleep "$step"
    percent=$((percent + 25))
    echo "[SIMULATION] ${stage}"
    echo "PROGRESS ${percent}"
done
echo "[SIMULATION] done: nothing was downloaded"
