package org.innoport.tasks.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.innoport.platform.PageResponse;
import org.innoport.tasks.Commands.Decision;
import org.innoport.tasks.Commands.OpenCall;
import org.innoport.tasks.Selection;
import org.innoport.tasks.Views.CallView;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/calls}: calls for listed tasks (officer writes, signed-in reads), action {@code close}. */
@RestController
@RequestMapping("/api/v1/calls")
class CallApiController {

    private final Selection selection;

    CallApiController(Selection selection) {
        this.selection = selection;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CallView open(@Valid @RequestBody OpenCall command) {
        return selection.openCall(command);
    }

    @GetMapping
    PageResponse<CallView> list(@PageableDefault(size = 20, sort = "opensAt") Pageable pageable) {
        return PageResponse.of(selection.calls(pageable));
    }

    @GetMapping("/{id}")
    CallView get(@PathVariable UUID id) {
        return selection.call(id);
    }

    @PostMapping("/{id}/close")
    CallView close(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
        return selection.closeCall(id, ProposalApiController.orNone(decision));
    }
}
