package dev.tpmfaqbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Real time, moved to whenever a test wants to be: time still passes, so scheduled work fires. */
final class ShiftedClock extends Clock {
    private volatile Duration shift = Duration.ZERO;

    void pretendNowIs(Instant instant) {
        shift = Duration.between(Instant.now(), instant);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
