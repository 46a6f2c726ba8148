/** Turns the HTML that docs put inside table cells into readable plain text, links kept as "text (url)". */
export function htmlToText(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<li[^>]*>/gi, " - ")
    .replace(/<a\s[^>]*href="([^"#][^"]*)"[^>]*>(.*?)<\/a>/gi, "$2 ($1)")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\\u200c|\u200c|\u200b/g, "")
    .replace(/\[([^\]]*)\]\(#?\)/g, "$1")
    .replace(/\[([^\]]*)\]\(#\)/g, "$1")
    .replace(/[ \t]+/g, " ")
    .trim();
}
