import Box from '@mui/material/Box';
import { formatTime } from '@/lib/date-time';
import { foldEmptyHours, type ConcurrencyBucket } from '../model/concurrency';

interface ConcurrencyChartProps {
  buckets: readonly ConcurrencyBucket[];
  peakSites: number;
  displayZone: string;
  barColor: string;
  peakColor: string;
}

const HEIGHT = 240;
const AXIS = 44;
const LEFT = 48;
const BAR_WIDTH = 26;

/** Bars per display-zone hour, long quiet stretches folded. Plain SVG: no chart library needed. */
export function ConcurrencyChart({
  buckets,
  peakSites,
  displayZone,
  barColor,
  peakColor,
}: ConcurrencyChartProps) {
  const items = foldEmptyHours(buckets);
  const most = Math.max(1, ...buckets.map((bucket) => bucket.sites));
  const width = LEFT + items.length * BAR_WIDTH;
  const plot = HEIGHT - AXIS;
  const label = `Sites in their upgrade window per hour (${displayZone}); the busiest hour has ${most.toLocaleString('en-GB')} sites, at most ${peakSites.toLocaleString('en-GB')} at the same moment.`;

  return (
    <Box sx={{ overflowX: 'auto' }}>
      <svg
        role="img"
        aria-label={label}
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        style={{ display: 'block' }}
      >
        {[0, 0.5, 1].map((fraction) => (
          <g key={fraction}>
            <line
              x1={LEFT}
              x2={width}
              y1={plot - fraction * (plot - 10)}
              y2={plot - fraction * (plot - 10)}
              stroke="currentColor"
              strokeOpacity={0.15}
            />
            <text
              x={LEFT - 6}
              y={plot - fraction * (plot - 10) + 4}
              textAnchor="end"
              fontSize={11}
              fill="currentColor"
            >
              {Math.round(fraction * most).toLocaleString('en-GB')}
            </text>
          </g>
        ))}
        {items.map((item, index) => {
          const x = LEFT + index * BAR_WIDTH;
          if ('gapHours' in item) {
            return (
              <g key={`gap-${index}`}>
                <text
                  x={x + BAR_WIDTH / 2}
                  y={plot - 4}
                  textAnchor="middle"
                  fontSize={14}
                  fill="currentColor"
                >
                  ⋯
                </text>
                <title>{`${item.gapHours} hours without an upgrade`}</title>
              </g>
            );
          }
          const barHeight = (item.sites / most) * (plot - 10);
          const hour = item.start.setZone(displayZone);
          const day = hour.setLocale('en-GB').toFormat('ccc d');
          const before = items[index - 1];
          const newDay =
            !before || 'gapHours' in before || !before.start.setZone(displayZone).hasSame(hour, 'day');
          return (
            <g key={item.start.toMillis()}>
              <rect
                x={x + 3}
                y={plot - barHeight}
                width={BAR_WIDTH - 6}
                height={barHeight}
                fill={item.sites === most ? peakColor : barColor}
              >
                <title>{`${hour.setLocale('en-GB').toFormat('ccc d LLL')}, ${formatTime(hour)} – ${formatTime(item.end.setZone(displayZone))}: ${item.sites} sites`}</title>
              </rect>
              <text x={x + BAR_WIDTH / 2} y={plot + 14} textAnchor="middle" fontSize={10} fill="currentColor">
                {hour.toFormat('HH')}
              </text>
              {newDay && (
                <text x={x + 2} y={plot + 32} fontSize={11} fontWeight={600} fill="currentColor">
                  {day}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </Box>
  );
}
