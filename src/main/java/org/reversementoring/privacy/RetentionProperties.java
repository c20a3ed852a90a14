package org.reversementoring.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data of closed cases is kept ({@code reverse-mentoring.retention.*}).
 *
 * @param closedCases time after a person's last application closed (rejected, waitlisted,
 *                    withdrawn, no consent) before their personal data is erased
 */
@ConfigurationProperties("reverse-mentoring.retention")
public record RetentionProperties(@DefaultValue("P180D") Duration closedCases) {
}
