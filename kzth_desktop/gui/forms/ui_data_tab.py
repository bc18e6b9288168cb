# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'data_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_DataTab(object):
    def setupUi(self, DataTab):
        if not DataTab.objectName():
            DataTab.setObjectName(u"DataTab")
        self.dataLayout = QVBoxLayout(DataTab)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataFilters = QHBoxLayout()
        self.dataFilters.setObjectName(u"dataFilters")
        self.regionFilterLabel = QLabel(DataTab)
        self.regionFilterLabel.setObjectName(u"regionFilterLabel")

        self.dataFilters.addWidget(self.regionFilterLabel)

        self.regionFilter = QComboBox(DataTab)
        self.regionFilter.setObjectName(u"regionFilter")

        self.dataFilters.addWidget(self.regionFilter)

        self.kindFilterLabel = QLabel(DataTab)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.dataFilters.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(DataTab)
        self.kindFilter.setObjectName(u"kindFilter")
        self.kindFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindFilter.setMinimumContentsLength(30)

        self.dataFilters.addWidget(self.kindFilter)

        self.dataSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dataFilters.addItem(self.dataSpacer)

        self.printHeldButton = QPushButton(DataTab)
        self.printHeldButton.setObjectName(u"printHeldButton")

        self.dataFilters.addWidget(self.printHeldButton)

        self.saveHeldButton = QPushButton(DataTab)
        self.saveHeldButton.setObjectName(u"saveHeldButton")

        self.dataFilters.addWidget(self.saveHeldButton)

        self.returnHeldButton = QPushButton(DataTab)
        self.returnHeldButton.setObjectName(u"returnHeldButton")

        self.dataFilters.addWidget(self.returnHeldButton)

        self.withdrawHeldButton = QPushButton(DataTab)
        self.withdrawHeldButton.setObjectName(u"withdrawHeldButton")

        self.dataFilters.addWidget(self.withdrawHeldButton)

        self.exportXlsxButton = QPushButton(DataTab)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.dataFilters.addWidget(self.exportXlsxButton)


        self.dataLayout.addLayout(self.dataFilters)

        self.dataSplitter = QSplitter(DataTab)
        self.dataSplitter.setObjectName(u"dataSplitter")
        self.dataSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.submissionsTable = QTableWidget(self.dataSplitter)
        self.submissionsTable.setObjectName(u"submissionsTable")
        self.submissionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.submissionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.submissionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.submissionsTable.setAlternatingRowColors(True)
        self.submissionsTable.setSortingEnabled(True)
        self.dataSplitter.addWidget(self.submissionsTable)
        self.answersTree = QTreeWidget(self.dataSplitter)
        self.answersTree.setObjectName(u"answersTree")
        self.answersTree.setWordWrap(True)
        self.dataSplitter.addWidget(self.answersTree)

        self.dataLayout.addWidget(self.dataSplitter)

#if QT_CONFIG(shortcut)
        self.regionFilterLabel.setBuddy(self.regionFilter)
        self.kindFilterLabel.setBuddy(self.kindFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DataTab)

        QMetaObject.connectSlotsByName(DataTab)
    # setupUi

    def retranslateUi(self, DataTab):
        self.regionFilterLabel.setText(QCoreApplication.translate("DataTab", u"Region:", None))
#if QT_CONFIG(accessibility)
        self.regionFilter.setAccessibleName(QCoreApplication.translate("DataTab", u"Region", None))
#endif // QT_CONFIG(accessibility)
        self.kindFilterLabel.setText(QCoreApplication.translate("DataTab", u"Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("DataTab", u"Kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printHeldButton.setAccessibleName(QCoreApplication.translate("DataTab", u"Print the submission\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.printHeldButton.setText(QCoreApplication.translate("DataTab", u"Print the submission\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveHeldButton.setAccessibleName(QCoreApplication.translate("DataTab", u"Save it as PDF\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.saveHeldButton.setText(QCoreApplication.translate("DataTab", u"Save it as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.returnHeldButton.setAccessibleName(QCoreApplication.translate("DataTab", u"Return for correction\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.returnHeldButton.setText(QCoreApplication.translate("DataTab", u"Return for correction\u2026", None))
#if QT_CONFIG(accessibility)
        self.withdrawHeldButton.setAccessibleName(QCoreApplication.translate("DataTab", u"Withdraw\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.withdrawHeldButton.setText(QCoreApplication.translate("DataTab", u"Withdraw\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportXlsxButton.setAccessibleName(QCoreApplication.translate("DataTab", u"Excel workbook\u2026", None))
#endif // QT_CONFIG(accessibility)
        self.exportXlsxButton.setText(QCoreApplication.translate("DataTab", u"Excel workbook\u2026", None))
#if QT_CONFIG(accessibility)
        self.submissionsTable.setAccessibleName(QCoreApplication.translate("DataTab", u"Submissions", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.answersTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("DataTab", u"Answer", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DataTab", u"Field", None))
#if QT_CONFIG(accessibility)
        self.answersTree.setAccessibleName(QCoreApplication.translate("DataTab", u"Answers of the selected submission", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

