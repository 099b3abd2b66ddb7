package org.souk.analytics;

/**
 * The figures of one day, or summed over days ({@code active} is then the figure of the last day: installations
 * are a level, not a flow). Installs, uninstalls and updates are those that happened; views count the loads of
 * {@code /apps/{code}} by browsers (no bots), install clicks the Install button's, ratings the first ratings given
 * that day; REST calls those the installations made.
 */
public record Figures(long installs, long uninstalls, long active, long updates, long views, long installClicks,
        long ratings, long restCalls) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

    /** The figures of the same day in another region (or audience): everything adds up. */
    public Figures plus(Figures other) {
        return new Figures(installs + other.installs, uninstalls + other.uninstalls, active + other.active,
                updates + other.updates, views + other.views, installClicks + other.installClicks,
                ratings + other.ratings, restCalls + other.restCalls);
    }

    /** The figures of a later day added to a period: flows add up, {@code active} is the later day's. */
    public Figures then(Figures later) {
        return new Figures(installs + later.installs, uninstalls + later.uninstalls, later.active,
                updates + later.updates, views + later.views, installClicks + later.installClicks,
                ratings + later.ratings, restCalls + later.restCalls);
    }

    public boolean empty() {
        return equals(NONE);
    }
}
