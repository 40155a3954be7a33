package fr.vao.compte.agent.web;

/** A page of a list: 1-based page number, clamped to the existing pages. */
public record Pagination(int page, int pages, long total, int parPage) {

    static Pagination de(String demandee, long total, int parPage) {
        int pages = (int) Math.max(1, (total + parPage - 1) / parPage);
        int page = 1;
        try {
            page = demandee == null ? 1 : Integer.parseInt(demandee.strip());
        } catch (NumberFormatException e) {
            page = 1;
        }
        page = Math.min(Math.max(page, 1), pages);
        return new Pagination(page, pages, total, parPage);
    }

    public int decalage() {
        return (page - 1) * parPage;
    }

    public boolean premiere() {
        return page == 1;
    }

    public boolean derniere() {
        return page == pages;
    }
}
