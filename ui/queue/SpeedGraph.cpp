#include "SpeedGraph.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

#include "common/Format.h"

namespace ferry::ui {

SpeedGraph::SpeedGraph(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Transfer speed over the last minute"));
    setMinimumSize(120, 22);
}

QSize SpeedGraph::sizeHint() const
{
    return {180, 24};
}

void SpeedGraph::addSample(double bytesPerSecond)
{
    m_samples.push_back(std::max(0.0, bytesPerSecond));
    while (m_samples.size() > size_t(kSamples))
        m_samples.pop_front();
    const double peak = *std::max_element(m_samples.cbegin(), m_samples.cend());
    setToolTip(tr("Peak in the last minute: %1/s").arg(humanSize(qint64(peak))));
    update();
}

void SpeedGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().mid().color());
    painter.drawRect(area);
    if (m_samples.empty())
        return;
    const double peak = std::max(1.0, *std::max_element(m_samples.cbegin(), m_samples.cend()));
    const double step = area.width() / double(kSamples - 1);
    const double left = area.right() - step * double(m_samples.size() - 1);
    QPainterPath path;
    path.moveTo(left, area.bottom());
    for (size_t i = 0; i < m_samples.size(); ++i)
        path.lineTo(left + step * double(i), area.bottom() - (area.height() - 2) * m_samples[i] / peak);
    path.lineTo(area.right(), area.bottom());
    path.closeSubpath();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().highlight().color();
    fill.setAlpha(90);
    painter.fillPath(path, fill);
    painter.setPen(palette().highlight().color());
    painter.drawPath(path);
}

} // namespace ferry::ui
