@echo off
rem sctb - Windows launcher. Runs lib\sctb.jar with Java 17+ (JAVA_HOME, else java.exe on PATH):
rem no Maven, no build step. JVM options come from lib\jvm.options (the one place for them, shared
rem with the Linux/macOS launcher), extra ones from SCTB_JAVA_OPTS. The console is switched to UTF-8
rem (code page 65001) so that Vietnamese shows correctly, and switched back at the end. The exit code
rem is sctb's (README); 4 when no usable Java is found.
rem Lines up to "chcp 65001" are ASCII: cmd reads each line in the code page in force when it gets to it.
rem Every expansion of a path is inside double quotes: a path like "C:\Program Files (x86)\..." then
rem cannot close a parenthesised block early.
setlocal EnableExtensions DisableDelayedExpansion

rem The console's code page: the last number chcp prints, whatever the language of Windows.
set "SCTB_OLD_CP="
for /f "tokens=*" %%l in ('chcp') do for %%n in (%%l) do set "SCTB_OLD_CP=%%n"
if defined SCTB_OLD_CP set "SCTB_OLD_CP=%SCTB_OLD_CP:.=%"
chcp 65001 >nul

set "SCTB_HOME=%~dp0"
rem The jar by its short (8.3) path when Windows keeps one: Java receives its command line in the
rem system's ANSI code page, where letters of a folder name such as "Nguyễn" may not exist.
set "SCTB_JAR=%SCTB_HOME%lib\sctb.jar"
for %%j in ("%SCTB_JAR%") do if not "%%~sj"=="" set "SCTB_JAR=%%~sj"
if not exist "%SCTB_JAR%" goto :no_jar

rem Java: JAVA_HOME when it holds one, else the first java.exe on PATH.
set "SCTB_JAVA="
if not defined JAVA_HOME goto :java_from_path
if exist "%JAVA_HOME%\bin\java.exe" set "SCTB_JAVA=%JAVA_HOME%\bin\java.exe"
if defined SCTB_JAVA goto :java_version
echo sctb: JAVA_HOME (%JAVA_HOME%) không có bin\java.exe; dùng java trong PATH. 1>&2
echo       JAVA_HOME (%JAVA_HOME%) has no bin\java.exe; using java from PATH. 1>&2
:java_from_path
for %%j in (java.exe) do set "SCTB_JAVA=%%~$PATH:j"
if not defined SCTB_JAVA goto :no_java

rem Its feature version, from the line 'openjdk version "17.0.15" ...' or 'java version "1.8.0_392" ...'
rem ("call" keeps the quotes of a path with spaces or parentheses intact inside for /f).
:java_version
set "SCTB_JAVA_VERSION="
for /f "tokens=1-3" %%a in ('call "%SCTB_JAVA%" -version 2^>^&1') do if /i "%%b"=="version" if not defined SCTB_JAVA_VERSION set "SCTB_JAVA_VERSION=%%~c"
if not defined SCTB_JAVA_VERSION goto :old_java
set "SCTB_FEATURE="
for /f "tokens=1,2 delims=._-+" %%a in ("%SCTB_JAVA_VERSION%") do if "%%a"=="1" (set "SCTB_FEATURE=%%b") else (set "SCTB_FEATURE=%%a")
if not defined SCTB_FEATURE goto :old_java
set /a "SCTB_FEATURE=SCTB_FEATURE" 2>nul
if %SCTB_FEATURE% LSS 17 goto :old_java
rem Its update, the third number (15 in 17.0.15; 0 in a first release such as "21").
set "SCTB_UPDATE="
for /f "tokens=3 delims=._-+" %%a in ("%SCTB_JAVA_VERSION%") do set "SCTB_UPDATE=%%a"
set /a "SCTB_UPDATE=SCTB_UPDATE" 2>nul

rem JVM options (lib\jvm.options explains the groups and the third word, the Java versions that know an
rem option; "env" lines are for Linux and macOS only).
set "SCTB_PICKS_GC="
if not defined SCTB_JAVA_OPTS goto :read_options
echo(%SCTB_JAVA_OPTS%| findstr /i /r /c:"-XX:+Use[a-z0-9]*GC" >nul && set "SCTB_PICKS_GC=1"
:read_options
set "SCTB_OPTIONS="
for /f "usebackq eol=# tokens=1-3" %%a in ("%SCTB_HOME%lib\jvm.options") do call :option "%%a" "%%b" "%%c"

rem The start-up archive, for everyday runs (SCTB_JAVA_OPTS not set: a large run starts with -Xshare:off)
rem on Java 19 and later: a class-data-sharing archive in lib\, so that later runs load sctb's classes
rem from it instead of parsing the jar. The JVM records it again by itself, silently, after a JDK update
rem (-XX:+AutoCreateSharedArchive) but not after the jar changed (it then just ignores it): so its name
rem holds the jar's size, and a new release unzipped over an old one records its own. Only when lib\ is
rem writable or the archive is there already. None on Java 17 and 18: no such option, their JVM silently
rem ignores a stale archive, and cmd cannot reliably tell that one is older than the JDK (docs/release.md).
if defined SCTB_JAVA_OPTS goto :run
if %SCTB_FEATURE% LSS 19 goto :run
for %%j in ("%SCTB_JAR%") do set "SCTB_JAR_SIZE=%%~zj"
for %%d in ("%SCTB_HOME%lib") do set "SCTB_LIB=%%~sd"
set "SCTB_ARCHIVE=%SCTB_LIB%\sctb-%SCTB_JAR_SIZE%.jsa"
if exist "%SCTB_ARCHIVE%" goto :run_archived
(type nul >"%SCTB_ARCHIVE%.probe") 2>nul || goto :run
del "%SCTB_ARCHIVE%.probe" >nul 2>&1
del "%SCTB_LIB%\sctb-*.jsa" >nul 2>&1
if not exist "%SCTB_HOME%plan.yaml" goto :run_archived
rem First use: one silent training run records the classes of the everyday report on the bundled
rem samples (plan, submissions, engine, Markdown and HTML), as the Linux/macOS launcher does.
setlocal
for %%t in ("%TEMP%") do set "SCTB_TRAINING=%%~st\sctb-training-%RANDOM%%RANDOM%"
set "XDG_CACHE_HOME=%SCTB_TRAINING%\cache"
pushd "%SCTB_HOME%"
"%SCTB_JAVA%" -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%SCTB_ARCHIVE%" -Xlog:cds=off -Xlog:cds+dynamic=off %SCTB_OPTIONS% -jar "%SCTB_JAR%" report --period 2024H1 --format md,html --out-dir "%SCTB_TRAINING%\out" --quiet >nul 2>&1
popd
rd /s /q "%SCTB_TRAINING%" >nul 2>&1
endlocal
goto :run_archived

:run
"%SCTB_JAVA%" %SCTB_OPTIONS% %SCTB_JAVA_OPTS% -jar "%SCTB_JAR%" %*
set "SCTB_EXIT=%ERRORLEVEL%"
goto :end

:run_archived
"%SCTB_JAVA%" -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%SCTB_ARCHIVE%" -Xlog:cds=off -Xlog:cds+dynamic=off %SCTB_OPTIONS% -jar "%SCTB_JAR%" %*
set "SCTB_EXIT=%ERRORLEVEL%"
goto :end

:option
if not "%~3"=="" call :knows %~3
if not "%~3"=="" if not defined SCTB_KNOWS goto :eof
if "%~1"=="quick" if defined SCTB_JAVA_OPTS goto :eof
if "%~1"=="large" if not defined SCTB_JAVA_OPTS goto :eof
if "%~1"=="gc" if defined SCTB_PICKS_GC goto :eof
if "%~1"=="env" goto :eof
set "SCTB_OPTIONS=%SCTB_OPTIONS% %~2"
goto :eof

rem Whether this Java knows an option: its third word lists the versions that do, e.g. 25 (25 and later)
rem or 17.0.12,21.0.4,23 (17 from 17.0.12, 21 from 21.0.4, 23 and later); the commas split the list.
:knows
set "SCTB_KNOWS="
for %%v in (%*) do for /f "tokens=1,3 delims=." %%f in ("%%v") do if "%%g"=="" if %SCTB_FEATURE% GEQ %%f set "SCTB_KNOWS=1"
for %%v in (%*) do for /f "tokens=1,3 delims=." %%f in ("%%v") do if not "%%g"=="" if "%%f"=="%SCTB_FEATURE%" if %SCTB_UPDATE% GEQ %%g set "SCTB_KNOWS=1"
goto :eof

:no_jar
echo sctb: thiếu tệp lib\sctb.jar: hãy giải nén lại gói phát hành. 1>&2
echo       lib\sctb.jar is missing: unzip the release package again. 1>&2
set "SCTB_EXIT=4"
goto :end

:no_java
echo sctb: không tìm thấy Java. Cần Java 17 trở lên (ví dụ Eclipse Temurin 17, bản .zip không cần quyền 1>&2
echo       quản trị): cài hoặc giải nén, rồi đặt JAVA_HOME hoặc thêm thư mục bin của Java vào PATH. 1>&2
echo       Java was not found. sctb needs Java 17 or later (e.g. Eclipse Temurin 17; its .zip needs no 1>&2
echo       administrator rights): install or unzip it, then set JAVA_HOME or add Java's bin folder to PATH. 1>&2
set "SCTB_EXIT=4"
goto :end

:old_java
echo sctb: cần Java 17 trở lên, nhưng "%SCTB_JAVA%" là Java %SCTB_JAVA_VERSION%. Cài Java 17+ rồi đặt JAVA_HOME. 1>&2
echo       sctb needs Java 17 or later, but "%SCTB_JAVA%" is Java %SCTB_JAVA_VERSION%. Install Java 17+ and set JAVA_HOME. 1>&2
set "SCTB_EXIT=4"
goto :end

:end
if defined SCTB_OLD_CP chcp %SCTB_OLD_CP% >nul
endlocal & exit /b %SCTB_EXIT%
