"""The `offers` commands: list the merge offers raised by imports, accept or decline one."""

from __future__ import annotations

import json
from typing import Any

import click

from huangpu_tracker.cli.group import CliState, main, pass_state


def _goal(goal: dict[str, Any]) -> str:
    from huangpu_tracker.assessment.goals import describe_goal

    stated = describe_goal(
        goal["kind"], goal["comparator"], goal["value"], goal["value_hi"], goal["unit"] or ""
    )
    year = f" ({goal['target_year']}年)" if goal["target_year"] else ""
    return f"[{goal['id']}] {goal['entity']} {goal['metric']} {stated}{year}"


@main.group("offers", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.option("--document", "document_id", type=int, help="Only offers raised by this document's goals.")
@click.pass_context
def offers_group(ctx: click.Context, as_json: bool, document_id: int | None) -> None:
    """List the open merge offers: a goal of a new document that looks like a stored one. 合并建议。

    Accept one with `offers accept ID` (the new source joins the existing goal, the twin is
    removed) or decline it with `offers decline ID` (both goals stay).
    """
    if ctx.invoked_subcommand is not None:
        return
    state: CliState = ctx.obj
    with state.open_store() as store:
        offers = store.merge_offers(document_id=document_id)
        labels = {d["id"]: d["label"] for d in store.documents()}
    if as_json:
        click.echo(json.dumps(offers, ensure_ascii=False, indent=2))
        return
    if not offers:
        click.echo("No open merge offers. 没有待处理的合并建议。")
    for offer in offers:
        new, old = offer["target"], offer["existing"]
        click.echo(f"offer {offer['id']}: {offer['reason']}")
        click.echo(f"    new 新:  {_goal(new)}  {labels.get(new['document_id'], '')}")
        click.echo(f"    existing 已有: {_goal(old)}  {labels.get(old['document_id'], '')}")


def _answer(state: CliState, edit: Any) -> None:
    with state.open_store() as store:
        edit.apply(store)


@offers_group.command("accept")
@click.argument("offer_id", type=int)
@pass_state
def accept_command(state: CliState, offer_id: int) -> None:
    """Merge: the new goal's sources join the existing goal, the twin is removed. 合并。"""
    from huangpu_tracker.edits import AcceptMergeOffer

    _answer(state, AcceptMergeOffer(offer_id))
    click.echo(f"merged 已合并: offer {offer_id}")


@offers_group.command("decline")
@click.argument("offer_id", type=int)
@pass_state
def decline_command(state: CliState, offer_id: int) -> None:
    """Keep both goals: they are different goals. 保留为不同目标。"""
    from huangpu_tracker.edits import DeclineMergeOffer

    _answer(state, DeclineMergeOffer(offer_id))
    click.echo(f"declined 已保留: offer {offer_id}")
