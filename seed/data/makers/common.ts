/** legal_form of a 자활근로사업단: it runs under its local center's operating body. */
export const WORK_UNIT_FORM = "지역자활센터 부설 사업단"
