"""The Qt gateway's charts: imported only when the Reports view opens (QtCharts costs
start-up time the main window does not need)."""

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)

__all__ = [
    "QAbstractBarSeries",
    "QBarCategoryAxis",
    "QBarSeries",
    "QBarSet",
    "QChart",
    "QChartView",
    "QHorizontalBarSeries",
    "QValueAxis",
]
