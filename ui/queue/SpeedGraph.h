#pragma once
// A small graph of the total transfer speed over the last minute, one sample a second,
// under the queue panel. GUI thread.

#include <QWidget>

#include <deque>

namespace ferry::ui {

class SpeedGraph : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSamples = 60;

    explicit SpeedGraph(QWidget *parent = nullptr);
    // Adds one sample (bytes per second); the oldest falls off after kSamples.
    void addSample(double bytesPerSecond);
    const std::deque<double> &samples() const { return m_samples; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::deque<double> m_samples;
};

} // namespace ferry::ui
