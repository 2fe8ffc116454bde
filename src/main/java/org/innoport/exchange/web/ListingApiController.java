package org.innoport.exchange.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.exchange.IpStatus;
import org.innoport.exchange.ListingCategory;
import org.innoport.exchange.ListingDetails;
import org.innoport.exchange.ListingKind;
import org.innoport.exchange.ListingMatches;
import org.innoport.exchange.ListingQuery;
import org.innoport.exchange.ListingSearch;
import org.innoport.exchange.ListingSearchResult;
import org.innoport.exchange.ListingView;
import org.innoport.exchange.Listings;
import org.innoport.exchange.Match;
import org.innoport.platform.PageResponse;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/listings}: public search and reading of published listings; owners and officers change them. */
@RestController
@RequestMapping("/api/v1/listings")
class ListingApiController {

    private final Listings listings;
    private final ListingSearch search;
    private final ListingMatches matches;

    ListingApiController(Listings listings, ListingSearch search, ListingMatches matches) {
        this.listings = listings;
        this.search = search;
        this.matches = matches;
    }

    /**
     * Search result page with facets: {@code {items, page, size, totalElements, totalPages, exact, facets,
     * facetsApproximate}}. Up to 10,000 listings {@code totalElements} and the facet counts are exact; for larger
     * results {@code exact} is false and {@code totalElements} is the lower bound 10,000 ("more than 10,000"), and
     * {@code facetsApproximate} is true: the facet counts are then estimates for the whole result from a sample of it,
     * rounded to two significant digits (see {@code ListingFacets}).
     */
    record SearchResponse(List<ListingView> items, int page, int size, long totalElements, int totalPages,
                          boolean exact, Map<String, Map<String, Long>> facets, boolean facetsApproximate) {
        static SearchResponse of(ListingSearchResult result) {
            return new SearchResponse(result.items(), result.page(), result.size(), result.total(), result.totalPages(),
                    result.exact(), result.facets(), result.facetsApproximate());
        }
    }

    @GetMapping
    SearchResponse search(@RequestParam(required = false) String q, @RequestParam(required = false) ListingKind kind,
                          @RequestParam(required = false) ListingCategory category,
                          @RequestParam(required = false) String field, @RequestParam(required = false) Integer trlMin,
                          @RequestParam(required = false) Integer trlMax, @RequestParam(required = false) IpStatus ipStatus,
                          @RequestParam(required = false) Long priceMin, @RequestParam(required = false) Long priceMax,
                          @RequestParam(required = false) String location, @RequestParam(required = false) String sort,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                          @RequestParam(required = false) Boolean facets) {
        var query = new ListingQuery(q, kind, category, field, trlMin, trlMax, ipStatus, priceMin, priceMax, location, sort);
        // facet counts by default on the first page only: later pages of the same search show the same counts
        boolean withFacets = facets != null ? facets : page <= 0;
        return SearchResponse.of(search.search(query, Math.max(0, page), Math.clamp(size, 1, 200), withFacets));
    }

    @GetMapping("/mine")
    PageResponse<ListingView> mine(Pageable pageable) {
        return PageResponse.of(listings.mine(pageable));
    }

    @GetMapping("/moderation-queue")
    PageResponse<ListingView> moderationQueue(Pageable pageable) {
        return PageResponse.of(listings.moderationQueue(pageable));
    }

    @PostMapping
    ResponseEntity<ListingView> create(@Valid @RequestBody ListingDetails details) {
        ListingView created = listings.create(details);
        return ResponseEntity.created(URI.create("/api/v1/listings/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    ListingView get(@PathVariable UUID id) {
        return listings.get(id);
    }

    @PutMapping("/{id}")
    ListingView update(@PathVariable UUID id, @Valid @RequestBody ListingDetails details) {
        return listings.update(id, details);
    }

    @PostMapping("/{id}/submit")
    ListingView submit(@PathVariable UUID id, @Valid @RequestBody(required = false) ListingActionRequest body) {
        return listings.submit(id, orNone(body).version());
    }

    @PostMapping("/{id}/approve")
    ListingView approve(@PathVariable UUID id, @Valid @RequestBody(required = false) ListingActionRequest body) {
        return listings.approve(id, orNone(body).version());
    }

    @PostMapping("/{id}/return")
    ListingView returnForChanges(@PathVariable UUID id, @Valid @RequestBody ListingActionRequest body) {
        return listings.returnForChanges(id, body.version(), body.reasons());
    }

    @PostMapping("/{id}/renew")
    ListingView renew(@PathVariable UUID id, @Valid @RequestBody(required = false) ListingActionRequest body) {
        return listings.renew(id, orNone(body).version());
    }

    @PostMapping("/{id}/withdraw")
    ListingView withdraw(@PathVariable UUID id, @Valid @RequestBody(required = false) ListingActionRequest body) {
        return listings.withdraw(id, orNone(body).version());
    }

    @PostMapping("/{id}/close")
    ListingView close(@PathVariable UUID id, @Valid @RequestBody(required = false) ListingActionRequest body) {
        ListingActionRequest request = orNone(body);
        return listings.close(id, request.version(), request.dealValueVnd());
    }

    @GetMapping("/{id}/matches")
    List<Match> matches(@PathVariable UUID id, @RequestParam(defaultValue = "10") int limit) {
        return matches.of(id, Math.clamp(limit, 1, 100));
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ListingView attach(@PathVariable UUID id, @RequestPart MultipartFile file,
                       @RequestParam(defaultValue = "false") boolean image) throws java.io.IOException {
        try (var content = file.getInputStream()) {
            return listings.attach(id, content, file.getOriginalFilename(), file.getContentType(), image);
        }
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID fileId) {
        return listings.download(id, fileId);
    }

    private static ListingActionRequest orNone(ListingActionRequest body) {
        return body == null ? ListingActionRequest.NONE : body;
    }
}
