package org.innoport.exchange.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.innoport.exchange.AuctionFormat;
import org.innoport.exchange.Auctions;
import org.springframework.format.annotation.DateTimeFormat;

/** The officer's "new auction" form: local date-times (Vietnam time) from {@code datetime-local} inputs. */
public record AuctionForm(@NotBlank @Size(max = 300) String title, @Size(max = 10000) String lotDescription,
                   @NotNull UUID auctionOrganisationId, AuctionFormat format, @NotNull @Positive Long startingPriceVnd,
                   @NotNull @Positive Long bidStepVnd, @Positive Long reservePriceVnd,
                   @NotNull @Positive Long depositVnd,
                   @NotNull @DateTimeFormat(pattern = PATTERN) LocalDateTime registrationOpensAt,
                   @NotNull @DateTimeFormat(pattern = PATTERN) LocalDateTime registrationClosesAt,
                   @NotNull @DateTimeFormat(pattern = PATTERN) LocalDateTime biddingOpensAt,
                   @NotNull @DateTimeFormat(pattern = PATTERN) LocalDateTime biddingEndsAt) {

    static final String PATTERN = "yyyy-MM-dd'T'HH:mm";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static AuctionForm empty() {
        return new AuctionForm(null, null, null, AuctionFormat.ENGLISH, null, null, null, null, null, null, null, null);
    }

    Auctions.NewAuction request() {
        return new Auctions.NewAuction(title, null, lotDescription, auctionOrganisationId, format, startingPriceVnd,
                bidStepVnd, reservePriceVnd, depositVnd, registrationOpensAt.atZone(VIETNAM).toInstant(),
                registrationClosesAt.atZone(VIETNAM).toInstant(), biddingOpensAt.atZone(VIETNAM).toInstant(),
                biddingEndsAt.atZone(VIETNAM).toInstant());
    }
}
