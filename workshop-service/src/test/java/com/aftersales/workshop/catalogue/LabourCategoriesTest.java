package com.aftersales.workshop.catalogue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a labour line is and needs: skill (S7.3), equipment (S7.2), road test (S9.2). */
class LabourCategoriesTest {

    @Test
    @DisplayName("S7.3: the catalogue's category wins; otherwise it is read from the code and description")
    void categories() {
        assertThat(LabourCategories.categorise("maintenance", "X1", "Brake repair")).isEqualTo(LabourCategory.MAINTENANCE);
        assertThat(LabourCategories.categorise(null, "OIL", "Oil and filter change")).isEqualTo(LabourCategory.MAINTENANCE);
        assertThat(LabourCategories.categorise(null, "DIAG-1", "Engine light")).isEqualTo(LabourCategory.DIAGNOSIS);
        assertThat(LabourCategories.categorise(null, "ALN", "Wheel alignment")).isEqualTo(LabourCategory.TYRES);
        assertThat(LabourCategories.categorise(null, "BDY", "Bumper paint")).isEqualTo(LabourCategory.BODY);
        assertThat(LabourCategories.categorise(null, "BRK", "Brake pads")).isEqualTo(LabourCategory.REPAIR);
    }

    @Test
    @DisplayName("S7.2, S9.2: equipment and road test follow the category and the words of the line")
    void equipmentAndRoadTest() {
        assertThat(LabourCategories.equipmentFor(LabourCategory.TYRES, "ALN", "Wheel alignment")).containsExactly(Equipment.ALIGNMENT_RIG);
        assertThat(LabourCategories.equipmentFor(LabourCategory.DIAGNOSIS, "D", "x")).containsExactly(Equipment.DIAGNOSIS);
        assertThat(LabourCategories.equipmentFor(LabourCategory.BODY, "P", "paint")).isEmpty();
        assertThat(LabourCategories.needsRoadTest(LabourCategory.REPAIR, "X", "y")).isTrue();
        assertThat(LabourCategories.needsRoadTest(LabourCategory.MAINTENANCE, "OIL", "Oil change")).isFalse();
        assertThat(LabourCategories.needsRoadTest(LabourCategory.MAINTENANCE, "RT", "check with road test")).isTrue();
    }
}
