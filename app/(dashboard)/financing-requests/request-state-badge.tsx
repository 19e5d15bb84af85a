// A financing request's state as a badge, the same words in the list and on its page.
import { statusBadgeOf } from "@/components/list/status-badge";
import { requestStateLabels, requestStateTones } from "@/lib/financing-requests/request-state-labels";

export const RequestStateBadge = statusBadgeOf(requestStateLabels, requestStateTones);
