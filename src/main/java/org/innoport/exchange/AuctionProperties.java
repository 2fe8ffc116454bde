package org.innoport.exchange;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innoport.exchange.auctions.*}: the configurable auction rules.
 *
 * @param extensionWindow a bid this close to the end extends the auction (2 minutes, <em>default</em>)
 * @param extension by how much the end moves (2 minutes, <em>default</em>)
 * @param minDepositPercent the lowest deposit as a share of the starting price (5 %, <em>default</em>)
 * @param maxDepositPercent the highest deposit (20 %, <em>default</em>)
 * @param minQualifiedBidders fewer qualified bidders than this and the auction fails (2, <em>default</em>)
 */
@ConfigurationProperties("innoport.exchange.auctions")
public record AuctionProperties(@DefaultValue("2m") Duration extensionWindow, @DefaultValue("2m") Duration extension,
                                @DefaultValue("5") int minDepositPercent, @DefaultValue("20") int maxDepositPercent,
                                @DefaultValue("2") int minQualifiedBidders) {

    public static AuctionProperties defaults() {
        return new AuctionProperties(Duration.ofMinutes(2), Duration.ofMinutes(2), 5, 20, 2);
    }
}
