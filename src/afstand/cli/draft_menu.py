"""Choosing among unfinished reflections: by a key on the command line (`--resume ID`,
`--discard-draft ID`) or from a numbered list in the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from afstand.cli.line_input import read_line_or_stop
from afstand.errors import NotFound, UsageError
from afstand.i18n import counted, t
from afstand.reflection.drafts import Draft, DraftStore, matching_drafts


def draft_line(draft: Draft) -> str:
    line = t(
        "reflect.draft_line",
        client=draft.client or "?",
        date=draft.date.isoformat() if draft.date else "?",
        started=draft.started.strftime("%Y-%m-%d %H:%M"),
        answers=counted(draft.answered_count(), "answer"),
        id=draft.id[:8],
    )
    if draft.deepens:
        return line + "  " + t("reflect.draft_deepens", id=draft.deepens[:8])
    if draft.quick:
        return line + "  " + t("reflect.draft_quick")
    return line


def pick_draft(drafts: list[Draft], key: str, fitting: list[Draft] | None, option: str) -> Draft:
    """The one draft that `key` names; an empty key names the only one (the only one that
    fits --client and --date when they were given). Several or none is an error listing them."""
    everything = drafts if fitting is None else fitting
    candidates = matching_drafts(drafts, key) if key else everything
    if not candidates:
        if not drafts:
            raise NotFound(t("reflect.no_draft"), hint=t("hint.start_reflect"))
        raise NotFound(
            t("reflect.no_such_draft", key=key),
            problems=[draft_line(d) for d in drafts],
            hint=t("hint.name_draft", option=option, id=drafts[0].id[:8]),
        )
    if len(candidates) > 1:
        raise UsageError(
            t("reflect.several_drafts", count=len(candidates)),
            problems=[draft_line(d) for d in candidates],
            hint=t("hint.name_draft", option=option, id=candidates[0].id[:8]),
        )
    return candidates[0]


def choose_draft(
    console: Console, store: DraftStore, drafts: list[Draft], default: Draft | None
) -> Draft | None:
    """List the drafts and ask: a number resumes one, `n` starts anew (None), `d2` discards
    the second. Enter takes `default`, which is never a draft of another client than
    --client: the caller passes None then, and Enter starts anew."""
    new_key, discard_key = t("reflect.new_key"), t("reflect.discard_key")
    while drafts:
        console.print()
        console.print(Text(t("reflect.drafts_header"), style="bold"))
        for number, draft in enumerate(drafts, start=1):
            console.print(Text(f"  {number}) {draft_line(draft)}"), soft_wrap=True)
        shown_default = str(drafts.index(default) + 1) if default in drafts else new_key
        prompt = Text(t("reflect.choose_draft", default=shown_default) + " ", style="bold cyan")
        reply = read_line_or_stop(console, prompt).lower()
        if not reply:
            return default if default in drafts else None
        if reply == new_key:
            return None
        discard = reply.startswith(discard_key)
        number_text = reply[len(discard_key) :].strip() if discard else reply
        if number_text.isdigit() and 1 <= int(number_text) <= len(drafts):
            chosen = drafts[int(number_text) - 1]
            if not discard:
                return chosen
            store.delete(chosen.id)
            console.print(Text(t("reflect.draft_discarded", client=chosen.client or "?")))
            drafts = [d for d in drafts if d is not chosen]
            continue
        console.print(Text("  " + t("reflect.choose_problem", count=len(drafts)), style="red"))
    return None
