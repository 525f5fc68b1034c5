# pytest replay of recorded events; output collected in reports/junit.xml
