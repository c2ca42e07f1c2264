"""Edit → confirm, reject, set a field for several, add, delete, merge, accept figures: the analyst's
decisions on targets and figures, each one undo step (through `Services.try_perform`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from huangpu_tracker.assessment.offers import Offer, offers, unfit_reason
from huangpu_tracker.edits import (
    AcceptActual,
    Compound,
    DeleteTarget,
    DismissActual,
    MergeTargets,
    SetForAll,
    UpdateTarget,
)
from huangpu_tracker.gui.models.targets_model import TargetsTableModel
from huangpu_tracker.gui.selection import Selection
from huangpu_tracker.gui.services import Services
from huangpu_tracker.gui.settings import language, tr
from huangpu_tracker.gui.widgets.filter_bar import FilterBar
from huangpu_tracker.store import queries


class ReviewActions:
    """The review operations of the main window, on the targets `selection` points at."""

    def __init__(
        self, services: Services, selection: Selection, model: TargetsTableModel, filter_bar: FilterBar
    ) -> None:
        self._services = services
        self._selection = selection
        self._model = model
        self._filter_bar = filter_bar

    def confirm(self) -> None:
        self.set_review("confirmed")

    def reject(self) -> None:
        self.set_review("rejected")

    def set_review(self, state: str) -> None:
        """Confirm or reject the selected targets (one undo step)."""
        ids = self._selection.selected_ids()
        if not ids:
            return
        label = {"confirmed": tr("确认", "confirm"), "rejected": tr("驳回", "reject")}.get(state, state)
        edits = [UpdateTarget(target_id, {"review_state": state}) for target_id in ids]
        self._services.try_perform(Compound(edits, text=f"{label} #{', #'.join(map(str, ids))}"))

    def bulk_edit(self) -> QDialog | None:
        """Set one field (review state, area, target year) for every selected target, as one undo
        step; returns the dialog (None when nothing is selected)."""
        from huangpu_tracker.gui.dialogs.bulk_edit_dialog import BulkEditDialog

        ids = self._selection.selected_ids()
        if not ids:
            self._services.show_error(tr("请先选择目标", "select targets first"))
            return None
        dialog = BulkEditDialog(ids, self._services.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_bulk(dialog.edit()))
        dialog.open()
        return dialog

    def _apply_bulk(self, edit: SetForAll | None) -> None:
        if edit is not None and self._services.try_perform(edit):
            self._services.message(
                tr(
                    f"已修改 {len(edit.target_ids)} 个目标（可撤销）",
                    f"changed {len(edit.target_ids)} (undo reverts)",
                ),
                8000,
            )

    def delete_selected(self) -> None:
        ids = self._selection.table.selected_ids()
        if ids and self._services.try_perform(
            Compound([DeleteTarget(i) for i in ids], text=tr("删除目标", "delete targets"))
        ):
            self._services.message(
                tr(f"已删除 {len(ids)} 个目标(可撤销)", f"deleted {len(ids)} (undo restores)"), 8000
            )

    def merge_selected(self) -> None:
        """Merge two selected targets: the current one is kept, the other's sources move to it."""
        ids = self._selection.table.selected_ids()
        if len(ids) != 2:
            self._services.show_error(tr("请选择两个要合并的目标", "select exactly two targets to merge"))
            return
        current = self._selection.current()
        keep = current["id"] if current and current["id"] in ids else ids[0]
        drop = ids[1] if keep == ids[0] else ids[0]
        if self._services.try_perform(
            MergeTargets(keep, drop, text=tr(f"合并 #{drop} 到 #{keep}", f"merge #{drop} into #{keep}"))
        ):
            self._selection.select(keep)

    def add_target(self) -> None:
        from huangpu_tracker.gui.dialogs.add_target_dialog import AddTargetDialog

        dialog = AddTargetDialog(self._services.parent)
        edit = dialog.edit() if dialog.exec() else None
        if edit is not None and self._services.try_perform(edit):
            self._filter_bar.set_value(type(self._filter_bar.value())())  # show everything: the new row too
            self._selection.select(edit.target_id)

    # --- figures of the current series ----------------------------------------------------------
    def accept_actual(self, actual_id: int, year: int) -> None:
        """Accept one figure of the current series, unless it is a document figure whose kind or unit
        does not fit the series' goals (then the reason is shown and it stays a suggestion)."""
        figure = self._services.store.actual(actual_id)
        if figure["source_kind"] == "document" and figure.get("reported_kind") is not None:
            goals = [r for r in self._model.rows() if r["indicator_id"] == figure["indicator_id"]]
            reason = unfit_reason(figure, goals, language())
            if reason is not None:
                self._services.show_error(
                    tr(f"不能采纳该文件数值：{reason}", f"The figure does not fit: {reason}")
                )
                return
        self._decide(AcceptActual, actual_id, year, tr(f"采纳 {year} 年文件数值", f"accept {year}"))

    def dismiss_actual(self, actual_id: int, year: int) -> None:
        self._decide(DismissActual, actual_id, year, tr(f"忽略 {year} 年文件数值", f"dismiss {year}"))

    def _decide(
        self, edit_class: type[AcceptActual] | type[DismissActual], actual_id: int, year: int, text: str
    ) -> None:
        """Accept or dismiss one figure of the current target's series, as an undoable edit."""
        current = self._selection.current()
        if current:
            self._services.try_perform(
                edit_class(current["indicator_id"], year, actual_id=actual_id, text=text)
            )

    def accept_all_suggestions(self) -> QDialog | None:
        """List every figure read from documents for the series of the targets the filter shows,
        where the year has no accepted value and its figures agree, each with a checkbox (figures
        that do not fit their series are listed with the reason, not ticked); the ticked ones are
        accepted as one undo step. Years whose figures disagree are left for the analyst. Returns
        the dialog (None when there is nothing to list)."""
        from huangpu_tracker.gui.dialogs.accept_figures_dialog import AcceptFiguresDialog

        store = self._services.store
        shown = self._selection.shown_rows()
        indicator_ids = sorted({row["indicator_id"] for row in shown})
        figures, conflicts = queries.acceptable_suggestions(store, indicator_ids)
        left = tr(
            f"{conflicts} 个年份的数值相互冲突，留待逐一确认", f"{conflicts} conflicting years left to you"
        )
        if not figures:
            self._services.message(
                tr(f"没有可直接采纳的文件数值；{left}", f"No figure to accept; {left}"), 10000
            )
            return None
        listed = offers(figures, queries.target_rows(store, sorted({r["id"] for r in shown})), language())
        fitting = [o for o in listed if o.fits]
        summary = tr(
            f"筛选当前显示 {len(shown)} 个目标；{len(fitting)} 个文件数值可采纳（已勾选），"
            f"{len(listed) - len(fitting)} 个与序列不符（灰色，见说明）。{left}。此操作可撤销。",
            f"{len(shown)} targets shown; {len(fitting)} document figures can be accepted (ticked), "
            f"{len(listed) - len(fitting)} do not fit their series (grey, see the note). {left}. "
            "This can be undone.",
        )
        dialog = AcceptFiguresDialog(listed, summary, self._services.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._accept_chosen(shown, dialog.chosen(), left))
        dialog.open()
        return dialog

    def _accept_chosen(self, shown: list[dict], chosen: list[Offer], left: str) -> int:
        """Accept the ticked figures as one undo step; returns how many were accepted."""
        if not chosen:
            return 0
        series = len({o.indicator_id for o in chosen})
        before = self._unassessable(shown)
        edits = [AcceptActual(o.indicator_id, o.year, actual_id=o.actual_id) for o in chosen]
        if not self._services.try_perform(
            Compound(edits, text=tr("采纳全部无冲突的文件数值", "accept document figures"))
        ):
            return 0
        assessable = len(before - self._unassessable(shown))
        self._services.message(
            tr(
                f"已采纳 {len(chosen)} 个文件数值（{series} 个序列），"
                f"{assessable} 个目标可评估；{left}（可撤销）",
                f"Accepted {len(chosen)} figures ({series} series); {assessable} targets now assessable; "
                f"{left} (undo reverts)",
            ),
        )
        return len(chosen)

    def _unassessable(self, shown: list[dict]) -> set[int]:
        model = self._model
        positions = (model.row_of(row["id"]) for row in shown)
        return {
            model.row_dict(p)["id"]
            for p in positions
            if p is not None and (model.row_dict(p).get("status") or "not_assessable") == "not_assessable"
        }
