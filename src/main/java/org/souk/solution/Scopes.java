package org.souk.solution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The scopes (system sections) and the placements (embedding places) of protocol.md. */
public final class Scopes {

    /** Every scope a version may ask for; "basic" is implicit. */
    public static final List<String> ALL = List.of("ai_admin", "biconnector", "bizproc", "booking", "calendar",
            "call", "cashbox", "catalog", "contact_center", "crm", "documentgenerator", "delivery", "department",
            "disk", "entity", "humanresources", "im", "imbot", "imconnector", "imopenlines", "intranet", "landing",
            "lists", "log", "mailservice", "main", "messageservice", "mobile", "pay_system", "placement", "pull",
            "rpa", "sale", "salescenter", "sign.b2e", "sonet_group", "task", "telephony", "timeman", "user",
            "user_brief", "user_basic", "user.userfield", "userfieldconfig", "userconsent", "vote");

    /** Deprecated by the platform: shown, but not offered for new versions. */
    public static final Set<String> DEPRECATED = Set.of("tasks", "tasks_extended", "tasksmobile");

    private static final List<String> CRM_ENTITIES = List.of("LEAD", "DEAL", "CONTACT", "COMPANY", "QUOTE",
            "SMART_INVOICE", "ORDER", "ACTIVITY");
    private static final List<String> CRM_PLACES = List.of("DETAIL_TAB", "DETAIL_TOOLBAR", "DETAIL_ACTIVITY",
            "LIST_MENU", "LIST_TOOLBAR", "ACTIVITY_TIMELINE_MENU", "DOCUMENTGENERATOR_BUTTON", "ROBOT_DESIGNER_TOOLBAR");

    /** Every embedding place a widget may use. */
    public static final List<String> PLACEMENTS = placements();

    private Scopes() {
    }

    private static List<String> placements() {
        List<String> all = new ArrayList<>();
        for (String entity : CRM_ENTITIES) {
            for (String place : CRM_PLACES) {
                all.add("CRM_" + entity + "_" + place);
            }
        }
        all.addAll(List.of("CRM_ANALYTICS_MENU", "TASK_VIEW_TAB", "TASK_VIEW_SIDEBAR", "TASK_LIST_CONTEXT_MENU",
                "IM_TEXTAREA", "IM_SIDEBAR", "IM_CONTEXT_MENU", "SONET_GROUP_DETAIL_TAB", "CALL_CARD", "LEFT_MENU",
                "PAGE_BACKGROUND_WORKER", "REST_APP_URI", "USER_PROFILE_MENU", "CALENDAR_GRIDVIEW", "CONTACT_CENTER",
                "BI_ANALYTICS_MENU"));
        return List.copyOf(all);
    }
}
