"""Status icons, drawn once with QPainter: a coloured disc with a white mark.

Drawn rather than shipped as files so that they need no image plugin and no resource
lookup in a frozen build, and stay crisp at any DPI (sizes are generated on demand).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

STATUS_COLORS = {
    "pending": "#9aa0a6",  # grey: not looked at yet
    "approved": "#1e8e3e",  # green tick
    "query": "#f29900",  # amber question
    "returned": "#d93025",  # red cross
}


def _draw(status: str, size: int) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(STATUS_COLORS.get(status, "#9aa0a6")))
    m = size * 0.08
    p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m))
    pen = QPen(QColor("white"), max(1.5, size * 0.12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    s = size
    if status == "approved":
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.72, s * 0.36))
        p.drawPath(path)
    elif status == "returned":
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    elif status == "query":
        path = QPainterPath(QPointF(s * 0.36, s * 0.38))
        path.cubicTo(QPointF(s * 0.36, s * 0.2), QPointF(s * 0.66, s * 0.2), QPointF(s * 0.64, s * 0.4))
        path.cubicTo(QPointF(s * 0.62, s * 0.5), QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.6))
        p.drawPath(path)
        p.drawPoint(QPointF(s * 0.5, s * 0.76))
    else:  # pending: a hollow dot
        p.drawEllipse(QRectF(s * 0.38, s * 0.38, s * 0.24, s * 0.24))
    p.end()
    return pm


@cache
def status_icon(status: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(_draw(status, size))
    return icon
