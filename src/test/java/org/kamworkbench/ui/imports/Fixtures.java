package org.kamworkbench.ui.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** CSV files shaped like real exports, for the wizard's tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A Salesforce report export (semicolon, decimal comma, BOM) with 12 rows, 2 of them broken. */
    static Path salesforceAccounts(Path dir) throws IOException {
        String csv = "\uFEFFAccount ID;Account Name;Account Owner;Billing Country;Industry;Type;Annual Revenue;"
                + "Employees;Account Currency;Region Code\n"
                + "001A01;Acme Industrial GmbH;Laura Bianchi;Germany;Manufacturing;Customer;1.250.000,00;420;EUR;EMEA\n"
                + "001A02;Bluewave Logistics;Marco Rossi;Italia;Transport;Customer;830.500,50;150;EUR;EMEA\n"
                + "001A03;\"Cedar & Pine, Inc.\";Anna Weber;USA;Retail;Prospect;2.400.000,00;900;USD;AMER\n"
                + "001A04;Delta Pharma AG;Laura Bianchi;Switzerland;Pharma;Customer;5.100.000,00;2100;CHF;EMEA\n"
                + "001A05;Eastern Foods KK;Kenji Sato;Japan;Food;Customer;3.000.000,00;1200;JPY;APAC\n"
                + "001A06;Fjord Energy;Anna Weber;Atlantis;Energy;Customer;990.000,00;300;EUR;EMEA\n"
                + "001A07;Granite Tools;Marco Rossi;France;Manufacturing;Partner;450.000,00;80;EUR;EMEA\n"
                + "001A08;Harbor Finance;Anna Weber;UK;Finance;Customer;abc;640;GBP;EMEA\n"
                + "001A09;Iris Software;Laura Bianchi;Deutschland;Software;Customer;1.900.000,00;350;EUR;EMEA\n"
                + "001A10;Juniper Health;Kenji Sato;United States;Health;Customer;7.300.000,00;5000;USD;AMER\n"
                + "001A11;Kestrel Mining;Marco Rossi;Spain;Mining;Customer;610.000,00;220;EUR;EMEA\n"
                + "001A12;Lumen Retail;Anna Weber;Italy;Retail;Customer;2.050.000,00;780;EUR;EMEA\n";
        Path file = dir.resolve("salesforce-accounts.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Invoice lines from an ERP, comma-separated, all valid. */
    static Path revenueLines(Path dir) throws IOException {
        String csv = "Invoice,Customer,Invoice Date,Net Amount,Currency\n"
                + "INV-1001,001A01,15/01/2024,12500.00,EUR\n"
                + "INV-1002,001A02,20/01/2024,8300.50,EUR\n"
                + "INV-1003,001A03,03/02/2024,24000.00,USD\n"
                + "INV-1004,001A01,11/03/2024,-1500.00,EUR\n";
        Path file = dir.resolve("revenue.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** A workbook whose first sheet is notes and whose second holds the accounts. */
    static Path accountsWorkbook(Path dir) throws IOException {
        Path file = dir.resolve("accounts.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "crm", "1.0");
            Worksheet notes = workbook.newWorksheet("Notes");
            notes.value(0, 0, "Exported from Salesforce");
            Worksheet accounts = workbook.newWorksheet("Accounts");
            String[][] rows = {{"Account ID", "Account Name", "Billing Country"},
                {"001A01", "Acme Industrial GmbH", "Germany"}, {"001A02", "Bluewave Logistics", "Italia"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    accounts.value(r, c, rows[r][c]);
                }
            }
            workbook.finish();
        }
        return file;
    }

    /** Accounts where every row has a bad country: more problems than a report lists. */
    static Path manyBadRows(Path dir, int rows) throws IOException {
        StringBuilder csv = new StringBuilder("Account ID,Account Name,Billing Country\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("X").append(i).append(",Company ").append(i).append(",Atlantis\n");
        }
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Yearly revenue totals in wide form: one column per year. */
    static Path revenueWide(Path dir) throws IOException {
        String csv = "Customer,2023,FY2024\n001A01,120000,135000\n001A02,80000,79000\n";
        Path file = dir.resolve("revenue-wide.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Yearly FX rates. */
    static Path fxRates(Path dir) throws IOException {
        String csv = "Year,Currency,Rate\n2023,USD,0.9250\n2023,GBP,1.1500\n2024,USD,0.9240\n";
        Path file = dir.resolve("fx.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
