package com.aftersales.reception.repairorder;

import java.math.BigDecimal;

/**
 * A line to add to the estimate before it is priced: labour (standard hours of an operation) or a part
 * (part number and quantity).
 */
public record NewLine(EstimateLine.Kind kind, String description, String labourOperationCode, BigDecimal standardHours,
                      String partNumber, int quantity) {

    public static NewLine labour(String description, String labourOperationCode, BigDecimal standardHours) {
        return new NewLine(EstimateLine.Kind.LABOUR, description, labourOperationCode, standardHours, null, 1);
    }

    public static NewLine part(String description, String partNumber, int quantity) {
        return new NewLine(EstimateLine.Kind.PART, description, null, null, partNumber, quantity);
    }
}
