# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quality_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_QualityTab(object):
    def setupUi(self, QualityTab):
        if not QualityTab.objectName():
            QualityTab.setObjectName(u"QualityTab")
        self.qualityLayout = QVBoxLayout(QualityTab)
        self.qualityLayout.setObjectName(u"qualityLayout")
        self.qualitySummary = QLabel(QualityTab)
        self.qualitySummary.setObjectName(u"qualitySummary")
        self.qualitySummary.setText(u"")
        self.qualitySummary.setWordWrap(True)

        self.qualityLayout.addWidget(self.qualitySummary)

        self.qualitySplitter = QSplitter(QualityTab)
        self.qualitySplitter.setObjectName(u"qualitySplitter")
        self.qualitySplitter.setOrientation(Qt.Orientation.Vertical)
        self.qualityTable = QTableWidget(self.qualitySplitter)
        self.qualityTable.setObjectName(u"qualityTable")
        self.qualityTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.qualityTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.qualityTable.setAlternatingRowColors(True)
        self.qualityTable.setSortingEnabled(True)
        self.qualityTable.setWordWrap(True)
        self.qualitySplitter.addWidget(self.qualityTable)
        self.noDataTree = QTreeWidget(self.qualitySplitter)
        self.noDataTree.setObjectName(u"noDataTree")
        self.noDataTree.setWordWrap(True)
        self.qualitySplitter.addWidget(self.noDataTree)

        self.qualityLayout.addWidget(self.qualitySplitter)


        self.retranslateUi(QualityTab)

        QMetaObject.connectSlotsByName(QualityTab)
    # setupUi

    def retranslateUi(self, QualityTab):
#if QT_CONFIG(accessibility)
        self.qualityTable.setAccessibleName(QCoreApplication.translate("QualityTab", u"Quality findings", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.noDataTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("QualityTab", u"Answers", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("QualityTab", u"\u201cNo data\u201d reason", None))
#if QT_CONFIG(accessibility)
        self.noDataTree.setAccessibleName(QCoreApplication.translate("QualityTab", u"\u201cNo data\u201d reasons", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

