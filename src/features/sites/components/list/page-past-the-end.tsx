import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

const count = new Intl.NumberFormat('en-GB');

/** The last page that holds a site (1 when there is none). */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A page number beyond the list (an old link, an edited URL): say so, not "no sites". */
export function isPastTheEnd(page: number, total: number, pageSize: number): boolean {
  return total > 0 && page > lastPage(total, pageSize);
}

interface PagePastTheEndProps {
  page: number;
  total: number;
  pageSize: number;
  onGoToPage: (page: number) => void;
}

export function PagePastTheEnd({ page, total, pageSize, onGoToPage }: PagePastTheEndProps) {
  const last = lastPage(total, pageSize);
  const sites = total === 1 ? '1 site fits' : `${count.format(total)} sites fit`;
  const pages = last === 1 ? '1 page' : `${count.format(last)} pages`;
  return (
    <>
      <Typography sx={{ mb: 1 }}>
        There is no page {count.format(page)}: {sites} on {pages}.
      </Typography>
      <Button onClick={() => onGoToPage(last)}>Go to the last page</Button>
    </>
  );
}
